-- A hash of everything a stored classification row says (as-of date included, run id excluded).
-- A reclassification compares it with the new result and rewrites only the rows that differ, so
-- a rerun on the same day after an order edit or an import writes a handful of rows instead of
-- the whole book. NULL means "unknown": the next run rewrites the row (a manual status change
-- clears it for that reason).
ALTER TABLE customer_classification ADD COLUMN result_hash BIGINT;
