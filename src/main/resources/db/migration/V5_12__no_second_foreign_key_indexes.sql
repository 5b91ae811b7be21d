-- H2 gives every foreign key an index of its own (CONSTRAINT_INDEX_…) when the table is created;
-- the indexes below, made afterwards on the same leading column, were second copies of it. Each
-- cost an extra entry for every contact, order, follow-up and history row written (imports and
-- reclassifications write hundreds of thousands), and the key's own index answers the same
-- lookups: a customer's orders, calls or history are few enough to order in memory (ADR 0019).
DROP INDEX contact_customer_idx;
DROP INDEX customer_order_customer_idx;
DROP INDEX classification_change_customer_idx;
DROP INDEX follow_up_customer_idx;
DROP INDEX follow_up_source_call_idx;
