-- A large import commits its rows in chunks (ADR 33). Until its last step the batch is in
-- progress: absent from the history, and removed again (its rows deleted, the previous values put
-- back) when the import is cancelled or fails, or when the database next opens after a crash.
ALTER TABLE import_batch ADD COLUMN in_progress BOOLEAN NOT NULL DEFAULT FALSE;

-- The settings an import in progress changed (a call import adds the rep's own outcomes), with
-- their values before it (NULL: there was none), so that removing the batch puts them back.
CREATE TABLE import_setting_before (
    batch_id        BIGINT        NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
    setting_key     VARCHAR(100)  NOT NULL,
    setting_value   VARCHAR(4000),
    PRIMARY KEY (batch_id, setting_key)
);

-- The secondary indexes a large import in progress took off its tables, to build them again in
-- key order after its rows (ADR 33), with the statement that builds each again.
CREATE TABLE import_deferred_index (
    batch_id        BIGINT        NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
    index_name      VARCHAR(128)  NOT NULL,
    create_sql      VARCHAR(2000) NOT NULL,
    PRIMARY KEY (batch_id, index_name)
);
