-- Attestations issued: the registry anyone's QR code is checked against, with the PDF as issued.
CREATE TABLE attestation (
    number             VARCHAR(40)   NOT NULL PRIMARY KEY,
    kind               VARCHAR(40)   NOT NULL,
    regulator          VARCHAR(40)   NOT NULL,
    subject_key        VARCHAR(120)  NOT NULL,
    member_id          BIGINT        NULL,
    holder_name        VARCHAR(220)  NOT NULL,
    attested           VARCHAR(300)  NOT NULL,
    valid_from         DATE          NULL,
    valid_until        DATE          NULL,
    rule_set_version   VARCHAR(40)   NULL,
    rule_set_hash      CHAR(16)      NULL,
    issued_at          DATETIME(3)   NOT NULL,
    issued_by          VARCHAR(254)  NOT NULL,
    key_id             VARCHAR(80)   NOT NULL,
    signed_code        VARCHAR(2000) NOT NULL,
    pdf                LONGBLOB      NOT NULL,
    pdf_sha256         CHAR(64)      NOT NULL,
    revoked_at         DATETIME(3)   NULL,
    revoked_by         VARCHAR(254)  NULL,
    revocation_reason  VARCHAR(1000) NULL,
    CONSTRAINT uk_attestation_subject UNIQUE (kind, subject_key)
);
CREATE INDEX ix_attestation_regulator ON attestation (regulator, issued_at);

-- Bulk issuance for a cohort (a regulator's period), in the background; restartable, since issuing is
-- idempotent per subject (uk_attestation_subject).
CREATE TABLE attestation_batch (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    regulator      VARCHAR(40)   NOT NULL,
    period_id      VARCHAR(40)   NOT NULL,
    requested_by   VARCHAR(254)  NOT NULL,
    state          VARCHAR(20)   NOT NULL,
    total          INT           NOT NULL,
    done           INT           NOT NULL,
    issued         INT           NOT NULL,
    already        INT           NOT NULL,
    not_eligible   INT           NOT NULL,
    failed         INT           NOT NULL,
    started_at     DATETIME(3)   NOT NULL,
    heartbeat_at   DATETIME(3)   NOT NULL,
    finished_at    DATETIME(3)   NULL,
    last_error     VARCHAR(1000) NULL
);

CREATE TABLE attestation_batch_item (
    batch_id  BIGINT       NOT NULL,
    number    VARCHAR(40)  NOT NULL,
    PRIMARY KEY (batch_id, number),
    CONSTRAINT fk_batch_item_batch FOREIGN KEY (batch_id) REFERENCES attestation_batch (id),
    CONSTRAINT fk_batch_item_attestation FOREIGN KEY (number) REFERENCES attestation (number)
);
