-- Seals (封印): signatures over a department-year stream's head, by a key kept outside the database. An attacker who
-- can write here can delete a seal, but not forge one; the seals export (seals --out) is the copy kept elsewhere.
CREATE TABLE ledger_seal (
    ledger_id         VARCHAR(255) NOT NULL,
    sequence          BIGINT       NOT NULL,
    head_hash         VARCHAR(128) NOT NULL,
    registration_hash VARCHAR(128),
    sealed_at         TIMESTAMPTZ  NOT NULL,
    reason            VARCHAR(32)  NOT NULL,
    key_id            VARCHAR(32)  NOT NULL,
    signature         TEXT         NOT NULL,
    PRIMARY KEY (ledger_id, sequence, reason)
);
