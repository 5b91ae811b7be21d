-- customer_classification.run_id tells which run last wrote a row; no query looks rows up by it
-- and runs are never deleted. Its foreign key's index moved an entry for every row a
-- reclassification rewrote, about a fifth of the write (ADR 0019). The constraint has the name H2
-- gave it when migration 4 created the table (the same in every database these migrations made);
-- IF EXISTS leaves a database where it is named otherwise as it was.
ALTER TABLE customer_classification DROP CONSTRAINT IF EXISTS CONSTRAINT_AF46;
