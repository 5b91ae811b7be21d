package org.callsheet.logic.calls;

import org.callsheet.model.Call;

/** Told about every newly stored call (never about a duplicate submission). */
public interface CallLogListener {
    void callLogged(Call call);
}
