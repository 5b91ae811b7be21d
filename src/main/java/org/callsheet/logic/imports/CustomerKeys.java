package org.callsheet.logic.imports;

import java.util.Set;

/**
 * What the rows of one chunk may match stored customers by: uids written by an earlier export,
 * external ids, normalised mobile numbers and normalised landlines (the name is compared by the
 * caller, since stored names are not normalised).
 */
public record CustomerKeys(Set<String> uids, Set<String> externalIds, Set<String> mobiles, Set<String> landlines) {
    public CustomerKeys {
        uids = Set.copyOf(uids);
        externalIds = Set.copyOf(externalIds);
        mobiles = Set.copyOf(mobiles);
        landlines = Set.copyOf(landlines);
    }
}
