package org.callsheet.persistence.safety;

import org.callsheet.persistence.Database;

/** The database the app works on: opened on first use, closed before a restore replaces its file. */
public interface OpenDatabase {
    Database database();

    void close();
}
