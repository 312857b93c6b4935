-- A department's voucher sheets, as its accounting system prints them: which header fills which field of an
-- expenditure (import-vouchers, the import page). Remembered when given once, so the next file needs no mapping step.
-- A field '' means: leave that column aside.
CREATE TABLE voucher_column_mapping (
    department_id TEXT        NOT NULL,
    header        TEXT        NOT NULL,
    field         TEXT        NOT NULL,
    updated_by    TEXT        NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (department_id, header)
);
