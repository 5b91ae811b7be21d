-- Visits join CSV import: the previous row of every visit an import updated or merged, column for
-- column like the other *_before tables, so undo puts back exactly what was there. Visits an import
-- inserted are listed in import_inserted (entity VISIT).

CREATE TABLE import_visit_before (
    batch_id            BIGINT        NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
    id                  BIGINT        NOT NULL,
    uid                 VARCHAR(36)   NOT NULL,
    customer_id         BIGINT        NOT NULL,
    visit_date          DATE          NOT NULL,
    sequence            INT,
    planned_arrival     TIME,
    appointment         BOOLEAN       NOT NULL,
    visit_minutes       INT,
    pinned              BOOLEAN       NOT NULL,
    reason              VARCHAR(24),
    purpose             VARCHAR(1000),
    done_at             TIMESTAMP WITH TIME ZONE,
    outcome             VARCHAR(16),
    needs               VARCHAR(4000),
    notes               VARCHAR(10000),
    next_step           VARCHAR(1000),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (batch_id, id)
);
