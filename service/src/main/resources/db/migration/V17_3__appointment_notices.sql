-- Issue 17, what patients are told about their appointments (§2.18, R187, R194-R203): a transactional outbox. Each message
-- is a row written in the booking's own transaction, rendered then (the patient receives what the appointment said when it
-- changed), due at a time and dropped after another (a reminder after the start, a no-show message after 48 h). Relays on
-- any instance claim due rows (claimed_by until claimed_until) and send outside the claim; a failure waits for next_attempt_at.
CREATE TABLE appointment_notice (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    appointment_id  BIGINT        NOT NULL,
    enterprise_id   BIGINT        NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    channel         VARCHAR(12)   NOT NULL,
    language        CHAR(2)       NOT NULL,
    recipient       VARCHAR(254)  NOT NULL,
    subject         VARCHAR(300)  NULL,
    body            TEXT          NOT NULL,
    due_at          DATETIME(3)   NOT NULL,
    expires_at      DATETIME(3)   NOT NULL,
    status          VARCHAR(10)   NOT NULL DEFAULT 'PENDING',
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(3)   NOT NULL,
    claimed_by      VARCHAR(80)   NULL,
    claimed_until   DATETIME(3)   NULL,
    sent_at         DATETIME(3)   NULL,
    last_error      VARCHAR(1000) NULL,
    created_at      DATETIME(3)   NOT NULL
);
-- the relays' question: the due pending rows, oldest first
CREATE INDEX ix_notice_due ON appointment_notice (status, next_attempt_at);
CREATE INDEX ix_notice_appointment ON appointment_notice (appointment_id, status);
-- each drain's first step: the waiting rows past their expiry
CREATE INDEX ix_notice_expiry ON appointment_notice (status, expires_at);

-- The local SMS gateway: what went out from the short code and what came in (R201, R202); notice_id ties an outgoing part
-- to its message.
CREATE TABLE sms_message (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    direction   VARCHAR(3)    NOT NULL,
    phone       VARCHAR(20)   NOT NULL,
    short_code  VARCHAR(10)   NOT NULL,
    body        VARCHAR(1000) NOT NULL,
    notice_id   BIGINT        NULL,
    at          DATETIME(3)   NOT NULL
);
CREATE INDEX ix_sms_phone ON sms_message (phone, at);
CREATE INDEX ix_sms_notice ON sms_message (notice_id);

-- The local voice-call gateway: each automated call placed and its script.
CREATE TABLE voice_call (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    phone       VARCHAR(20)   NOT NULL,
    script      VARCHAR(2000) NOT NULL,
    notice_id   BIGINT        NULL,
    at          DATETIME(3)   NOT NULL
);
CREATE INDEX ix_call_notice ON voice_call (notice_id);

-- R203: the numbers that texted ARRÊT, until they text REPRISE.
CREATE TABLE sms_opt_out (
    phone       VARCHAR(20)   NOT NULL PRIMARY KEY,
    since       DATETIME(3)   NOT NULL
);
