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
