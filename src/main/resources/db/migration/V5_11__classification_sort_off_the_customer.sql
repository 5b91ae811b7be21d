-- The classification's sort keys leave the customer row (ADR 0018). A reclassification changed
-- them for about one customer in seven on a new day, and every such change rewrote the wide
-- customer row and moved entries in three indexes keyed by rank and name, which H2 logs and
-- copies again at commit: most of a reclassification's time and nearly all of the file growth.
-- The Customers screen now orders the name-sorted ids by the stored results in memory.
DROP INDEX customer_sort_segment_idx;
DROP INDEX customer_sort_quadrant_idx;
DROP INDEX customer_sort_churn_idx;
ALTER TABLE customer DROP COLUMN segment_rank, quadrant_rank, churn_rank;
ALTER TABLE import_customer_before DROP COLUMN segment_rank, quadrant_rank, churn_rank;
