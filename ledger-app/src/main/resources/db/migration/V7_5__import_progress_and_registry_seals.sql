-- Where an administrator's import stopped (import FILE), so that running it again continues there instead of sending
-- every line already applied into a refusal (issue 14). A run is known by the SHA-256 of the lines it read — of all
-- of them and of all but the last, so that a later, longer file that begins with them (the whole file after a cut
-- copy) continues it too. Its lines' outcomes are written in the same transaction as their events: a line is marked
-- applied exactly when its events are stored.
CREATE TABLE import_run (
    run_id          BIGSERIAL    PRIMARY KEY,
    file_sha256     CHAR(64)     NOT NULL,
    but_last_sha256 CHAR(64)     NOT NULL,
    line_count      BIGINT       NOT NULL,
    file_name       TEXT         NOT NULL,
    actor           VARCHAR(255) NOT NULL,
    started_at      TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX import_run_line_count ON import_run (line_count);

-- One row per applied chunk (its line numbers) or per refused line (with its code and message).
CREATE TABLE import_line (
    run_id  BIGINT   NOT NULL REFERENCES import_run (run_id),
    lines   BIGINT[] NOT NULL,
    code    VARCHAR(64),
    message TEXT
);
CREATE INDEX import_line_run ON import_line (run_id);

-- A seal covers the department registry's head too (登记链: every registration linked to the one before): its position
-- and hash. Null in seals made before, or over a store whose registrations are not chained yet.
ALTER TABLE ledger_seal ADD COLUMN registry_sequence BIGINT;
ALTER TABLE ledger_seal ADD COLUMN registry_hash VARCHAR(128);
