-- Calls join CSV import: the previous row of every call an import updated or merged, column for
-- column like the other *_before tables, so undo puts back exactly what was there. Calls and
-- follow-ups an import inserted are listed in import_change (entity CALL or FOLLOW_UP); contacts a
-- contacts import inserted as CONTACT, the ones it changed in import_contact_before.

CREATE TABLE import_call_before (
    batch_id            BIGINT        NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
    id                  BIGINT        NOT NULL,
    uid                 VARCHAR(36)   NOT NULL,
    external_id         VARCHAR(64),
    customer_id         BIGINT        NOT NULL,
    contact_id          BIGINT,
    number_input        VARCHAR(50),
    number_dial         VARCHAR(32),
    direction           VARCHAR(16)   NOT NULL,
    started_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    duration_seconds    INT           NOT NULL,
    outcome             VARCHAR(24)   NOT NULL,
    connected           BOOLEAN       NOT NULL,
    needs               VARCHAR(4000),
    attitude            VARCHAR(16),
    visit_opportunity   BOOLEAN       NOT NULL,
    proposed_visit_on   DATE,
    interest_level      INT,
    notes               VARCHAR(10000),
    next_step           VARCHAR(1000),
    caller              VARCHAR(100),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (batch_id, id)
);

-- follow-ups planned from a call (import checks them per chunk; export names each call's open one)
CREATE INDEX follow_up_source_call_idx ON follow_up (source_call_id);
