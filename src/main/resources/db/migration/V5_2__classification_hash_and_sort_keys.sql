-- 1. A hash of everything a stored classification row says (as-of date included, run id excluded).
-- A reclassification compares it with the new result and rewrites only the rows that differ, so
-- a rerun on the same day (after an order edit, an import, a manual status) writes a handful of
-- rows instead of the whole book. NULL means "unknown": the next run rewrites the row (a manual
-- status change clears it for that reason).
ALTER TABLE customer_classification ADD COLUMN result_hash BIGINT;

-- 2. The classification columns of the customer table as sort keys on the customer itself, like
-- customer.status: the rank of the RFM segment and of the value quadrant (their order in the
-- product: best first) and 0 = churn warning / 1 = none; NULL before the customer is classified.
-- A reclassification updates them where they changed. With an index in each sort order, H2 walks
-- the index for a million customers instead of joining and sorting.
-- (One ALTER per table: H2 copies the table for each one.)
ALTER TABLE customer ADD COLUMN (segment_rank SMALLINT, quadrant_rank SMALLINT, churn_rank SMALLINT);
ALTER TABLE import_customer_before ADD COLUMN (segment_rank SMALLINT, quadrant_rank SMALLINT, churn_rank SMALLINT);
UPDATE customer c SET (segment_rank, quadrant_rank, churn_rank) = (
    SELECT CASE k.rfm_segment WHEN 'IMPORTANT_VALUE' THEN 0 WHEN 'IMPORTANT_KEEP' THEN 1
               WHEN 'IMPORTANT_DEVELOP' THEN 2 WHEN 'IMPORTANT_RETAIN' THEN 3 WHEN 'GENERAL_VALUE' THEN 4
               WHEN 'GENERAL_KEEP' THEN 5 WHEN 'GENERAL_DEVELOP' THEN 6 WHEN 'GENERAL_RETAIN' THEN 7 END,
           CASE k.quadrant WHEN 'HIGH_VALUE' THEN 0 WHEN 'FREQUENT_SMALL' THEN 1 WHEN 'OCCASIONAL_BIG' THEN 2
               WHEN 'LOW_VALUE' THEN 3 WHEN 'POTENTIAL' THEN 4 WHEN 'LAPSED' THEN 5 END,
           CASE WHEN k.churn_warning THEN 0 ELSE 1 END
    FROM customer_classification k WHERE k.customer_id = c.id)
WHERE EXISTS (SELECT 1 FROM customer_classification k WHERE k.customer_id = c.id);
CREATE INDEX customer_sort_segment_idx ON customer (segment_rank, name_pinyin, id);
CREATE INDEX customer_sort_quadrant_idx ON customer (quadrant_rank, name_pinyin, id);
CREATE INDEX customer_sort_churn_idx ON customer (churn_rank, name_pinyin, id);
