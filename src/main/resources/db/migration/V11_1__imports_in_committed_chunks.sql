-- A large import commits its rows in chunks (ADR 23). Until its last step the batch is in
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
