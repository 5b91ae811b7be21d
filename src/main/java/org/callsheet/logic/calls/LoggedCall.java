package org.callsheet.logic.calls;

import org.callsheet.model.Call;

/**
 * The result of logging a call: the stored call, and whether it was already stored (the same call
 * submitted twice), in which case nothing new was written.
 */
public record LoggedCall(Call call, boolean duplicate) {
}
