-- Indexes whose column order is exactly the customer book's sort orders (ids included), so H2
-- returns a million ordered ids by walking an index instead of sorting the table.
DROP INDEX customer_pinyin_idx;
DROP INDEX customer_region_idx;
DROP INDEX customer_owner_idx;
DROP INDEX customer_updated_idx;
CREATE INDEX customer_sort_name_idx ON customer (name_pinyin, name, id);
CREATE INDEX customer_sort_external_idx ON customer (external_id, id);
CREATE INDEX customer_sort_region_idx ON customer (province, city, district, name_pinyin, id);
CREATE INDEX customer_sort_owner_idx ON customer (owner_rep, name_pinyin, id);
CREATE INDEX customer_sort_updated_idx ON customer (updated_at, id);
