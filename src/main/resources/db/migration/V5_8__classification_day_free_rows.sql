-- A classification row holds only what stays the same from one as-of date to the next (ADR 0015):
-- the values that move with the date are derived when read, from the current run.
--
-- 1. classification_run: current_results marks a run that brought the current results up to date
--    (the newest one gives their as-of date), and the run keeps what the repeat-purchase figures
--    are derived from: the fitted BG/NBD and Gamma-Gamma parameters and the forecast settings
--    (NULL when no model could be fitted).
ALTER TABLE classification_run ADD COLUMN (
    current_results      BOOLEAN DEFAULT FALSE NOT NULL,
    bg_r                 DOUBLE PRECISION,
    bg_alpha             DOUBLE PRECISION,
    bg_a                 DOUBLE PRECISION,
    bg_b                 DOUBLE PRECISION,
    gg_p                 DOUBLE PRECISION,
    gg_q                 DOUBLE PRECISION,
    gg_gamma             DOUBLE PRECISION,
    horizon_days         INT,
    clv_months           INT,
    annual_discount_rate DOUBLE PRECISION,
    high_alive_above     DOUBLE PRECISION,
    low_alive_below      DOUBLE PRECISION,
    min_repeat_customers INT,
    max_fit_customers    INT);
UPDATE classification_run SET current_results = TRUE
WHERE id IN (SELECT DISTINCT run_id FROM customer_classification);

-- 2. customer_classification: the last window order's date instead of the days since it, and the
--    repeat-purchase inputs (first purchase date, repeat purchases, days from the first to the last
--    purchase, mean repeat spend) instead of P(alive), expected orders, CLV and the P(alive) bucket.
--    The stored rows' inputs are unknown, so their hash is cleared: the next reclassification
--    rewrites every row (until then the repeat-purchase figures of the upgraded rows stay empty).
ALTER TABLE customer_classification ADD COLUMN (
    last_order_date      DATE,
    first_purchase_date  DATE,
    repeat_purchases     INT,
    repeat_span_days     INT,
    mean_repeat_spend    DOUBLE PRECISION);
UPDATE customer_classification SET last_order_date = DATEADD(DAY, -recency_days, as_of), result_hash = NULL;
ALTER TABLE customer_classification DROP COLUMN (as_of, recency_days, p_alive, expected_orders_90d, clv_12m, repurchase);

-- 3. The snapshot of an as-of date as one compact row (status, quadrant and 12-month revenue of
--    every customer who had ordered by then, ascending customer id, in a binary column), written in
--    one go instead of one row per customer. Snapshots stored before keep their rows in
--    classification_snapshot and are read from there until their date is written again.
CREATE TABLE classification_snapshot_set (
    as_of               DATE          NOT NULL PRIMARY KEY,
    customers           INT           NOT NULL,
    data                BLOB          NOT NULL
);
