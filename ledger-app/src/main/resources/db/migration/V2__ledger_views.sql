-- The live home of the folds: one row per department-year holding the fold state (projections' LedgerView)
-- as JSONB, kept current by the streaming processor "ledger-views" and rebuilt from the event store on reset.
CREATE TABLE ledger_view (
    ledger_id         VARCHAR(255) PRIMARY KEY,
    department_id     VARCHAR(100) NOT NULL,
    fiscal_year       INTEGER      NOT NULL,
    state             JSONB        NOT NULL,
    last_sequence     BIGINT       NOT NULL,
    last_global_index BIGINT       NOT NULL,
    updated_at        TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX ledger_view_department ON ledger_view (department_id, fiscal_year);
