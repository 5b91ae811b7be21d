-- 黑脸 (DOMAIN.md §5): customers the rep keeps for brand or influence rather than direct profit.
-- Set on the customer's Classification tab and read by the face rule. A table of its own, so the
-- imports and the editor, which write whole customer rows, never touch the mark.
CREATE TABLE customer_black_face (
    customer_id BIGINT PRIMARY KEY REFERENCES customer (id) ON DELETE CASCADE
);
