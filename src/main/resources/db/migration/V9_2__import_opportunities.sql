-- Opportunities join CSV import: the previous row of every opportunity an import updated or merged,
-- column for column like the other *_before tables, so undo puts back exactly what was there. The
-- history entries an import wrote carry its batch id (opportunity_change.import_batch_id); undo
-- removes them. Opportunities an import inserted are listed in import_change (entity OPPORTUNITY).

CREATE TABLE import_opportunity_before (
    batch_id            BIGINT         NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
    id                  BIGINT         NOT NULL,
    uid                 VARCHAR(36)    NOT NULL,
    external_id         VARCHAR(64),
    customer_id         BIGINT         NOT NULL,
    title               VARCHAR(200)   NOT NULL,
    amount              DECIMAL(19, 2) NOT NULL,
    owner_rep           VARCHAR(100),
    source              VARCHAR(8)     NOT NULL,
    stage               VARCHAR(16)    NOT NULL,
    probability         INT            NOT NULL,
    stage_since         TIMESTAMP WITH TIME ZONE NOT NULL,
    expected_close      DATE,
    next_step           VARCHAR(1000),
    notes               VARCHAR(10000),
    status              VARCHAR(8)     NOT NULL,
    lost_reason         VARCHAR(200),
    closed_at           TIMESTAMP WITH TIME ZONE,
    lead_at             TIMESTAMP WITH TIME ZONE,
    opportunity_at      TIMESTAMP WITH TIME ZONE,
    quote_at            TIMESTAMP WITH TIME ZONE,
    negotiation_at      TIMESTAMP WITH TIME ZONE,
    contract_at         TIMESTAMP WITH TIME ZONE,
    payment_at          TIMESTAMP WITH TIME ZONE,
    invoice_at          TIMESTAMP WITH TIME ZONE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (batch_id, id)
);
CREATE INDEX opportunity_change_import_idx ON opportunity_change (import_batch_id);
