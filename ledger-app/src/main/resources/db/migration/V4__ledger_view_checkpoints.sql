-- Checkpoints of the live home: a department-year's fold state as it stood after every ~1,000 of its events (the
-- live processor writes them as it goes). Recorded time never goes backwards within a stream, so "as of" an instant
-- is a prefix of the stream: its figures start from the latest checkpoint recorded by then and fold only the events
-- after it, instead of the whole year.
CREATE TABLE ledger_view_checkpoint (
    ledger_id        VARCHAR(255) NOT NULL,
    last_sequence    BIGINT       NOT NULL,
    last_recorded_at TIMESTAMPTZ  NOT NULL,
    state            JSONB        NOT NULL,
    PRIMARY KEY (ledger_id, last_sequence)
);
CREATE INDEX ledger_view_checkpoint_recorded ON ledger_view_checkpoint (ledger_id, last_recorded_at);
