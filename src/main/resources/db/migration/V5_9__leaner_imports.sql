-- Import speed (ADR 0016). Every index entry an imported row writes is also logged by H2 and
-- revisited at commit, so entries no query needs are dropped, and inserted records are recorded
-- as ranges of ids instead of one import_change row each.

-- The unique index on customer.external_id keeps (external_id, id) in that order as well: the
-- customer book's external-id sort walks it (CustomerSortPlanTest checks every sort's plan).
DROP INDEX customer_sort_external_idx;
-- No query looks contacts up by the normalised numbers any more: an import keeps its keys in
-- memory (ADR 0010) and the call log asks by dial digits.
DROP INDEX contact_mobile_idx;
DROP INDEX contact_phone_idx;

-- The records an import inserted: consecutive ids first_id..last_id of one kind (CUSTOMER, ORDER,
-- CONTACT, CALL, FOLLOW_UP). Updated and merged records stay in import_change, one row each.
CREATE TABLE import_inserted (
    batch_id        BIGINT        NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
    entity          VARCHAR(16)   NOT NULL,
    first_id        BIGINT        NOT NULL,
    last_id         BIGINT        NOT NULL,
    PRIMARY KEY (batch_id, entity, first_id)
);
-- Inserted records of earlier batches move into ranges (consecutive ids of a batch and kind join).
INSERT INTO import_inserted (batch_id, entity, first_id, last_id)
SELECT batch_id, entity, MIN(record_id), MAX(record_id)
FROM (SELECT batch_id, entity, record_id,
             record_id - ROW_NUMBER() OVER (PARTITION BY batch_id, entity ORDER BY record_id) AS run
      FROM import_change WHERE kind = 'INSERTED') r
GROUP BY batch_id, entity, run;
DELETE FROM import_change WHERE kind = 'INSERTED';
