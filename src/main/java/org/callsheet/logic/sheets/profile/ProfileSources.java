package org.callsheet.logic.sheets.profile;

import java.util.Optional;

/** Reads what a profile sheet shows about a customer. */
public interface ProfileSources {
    /** The latest calls a sheet lists. */
    int CALLS_SHOWN = 8;

    /** The customer's facts; empty when there is no such customer (any more). */
    Optional<ProfileFacts> read(long customerId);
}
