-- Runs on MySQL 8, MariaDB 10.11 and H2 in MySQL mode (the embedded default).

CREATE TABLE member (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    first_name  VARCHAR(100) NOT NULL,
    last_name   VARCHAR(100) NOT NULL,
    email       VARCHAR(254) NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    CONSTRAINT uk_member_email UNIQUE (email)
);

CREATE TABLE membership (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    member_id       BIGINT      NOT NULL,
    regulator       VARCHAR(40) NOT NULL,
    number          VARCHAR(40) NOT NULL,
    admission_date  DATE        NULL,
    CONSTRAINT fk_membership_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT uk_membership_number UNIQUE (regulator, number),
    CONSTRAINT uk_membership_member UNIQUE (member_id, regulator)
);

CREATE TABLE account (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    username       VARCHAR(254) NOT NULL,
    password_hash  VARCHAR(100) NOT NULL,
    role           VARCHAR(20)  NOT NULL,
    regulator      VARCHAR(40)  NULL,
    member_id      BIGINT       NULL,
    created_at     DATETIME(3)  NOT NULL,
    CONSTRAINT uk_account_username UNIQUE (username),
    CONSTRAINT fk_account_member FOREIGN KEY (member_id) REFERENCES member (id)
);

CREATE TABLE declaration (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    member_id          BIGINT        NOT NULL,
    regulator          VARCHAR(40)   NOT NULL,
    cycle_id           VARCHAR(40)   NOT NULL,
    category           VARCHAR(60)   NOT NULL,
    activity_type      VARCHAR(60)   NOT NULL,
    title              VARCHAR(300)  NOT NULL,
    title_code         VARCHAR(80)   NULL,
    organisation       VARCHAR(300)  NOT NULL,
    organisation_code  VARCHAR(80)   NULL,
    trainer            VARCHAR(200)  NOT NULL,
    trainer_code       VARCHAR(80)   NULL,
    start_date         DATE          NOT NULL,
    end_date           DATE          NOT NULL,
    hours              DECIMAL(7, 2) NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    submitted_at       DATETIME(3)   NOT NULL,
    submitted_by       VARCHAR(254)  NOT NULL,
    submission_key     VARCHAR(100)  NOT NULL,
    version            INT           NOT NULL,
    CONSTRAINT fk_declaration_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT uk_declaration_submission UNIQUE (member_id, submission_key)
);
CREATE INDEX ix_declaration_member_cycle ON declaration (member_id, regulator, cycle_id);

CREATE TABLE declaration_change (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    declaration_id  BIGINT        NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    changed_by      VARCHAR(254)  NOT NULL,
    changed_at      DATETIME(3)   NOT NULL,
    reason          VARCHAR(1000) NOT NULL,
    previous_values VARCHAR(2000) NULL,
    CONSTRAINT fk_change_declaration FOREIGN KEY (declaration_id) REFERENCES declaration (id)
);

CREATE TABLE exemption (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    member_id        BIGINT        NOT NULL,
    regulator        VARCHAR(40)   NOT NULL,
    cycle_id         VARCHAR(40)   NOT NULL,
    motive           VARCHAR(60)   NOT NULL,
    motive_start     DATE          NOT NULL,
    motive_end       DATE          NOT NULL,
    complement       VARCHAR(2000) NULL,
    precision_text   VARCHAR(2000) NULL,
    status           VARCHAR(20)   NOT NULL,
    hours_granted    DECIMAL(7, 2) NULL,
    decided_by       VARCHAR(254)  NULL,
    decided_at       DATETIME(3)   NULL,
    decision_note    VARCHAR(1000) NULL,
    created_at       DATETIME(3)   NOT NULL,
    submitted_at     DATETIME(3)   NULL,
    version          INT           NOT NULL,
    CONSTRAINT fk_exemption_member FOREIGN KEY (member_id) REFERENCES member (id)
);
CREATE INDEX ix_exemption_member_cycle ON exemption (member_id, regulator, cycle_id);

CREATE TABLE exemption_document (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    exemption_id  BIGINT       NOT NULL,
    filename      VARCHAR(255) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    content       LONGBLOB     NOT NULL,
    uploaded_at   DATETIME(3)  NOT NULL,
    CONSTRAINT fk_document_exemption FOREIGN KEY (exemption_id) REFERENCES exemption (id)
);

CREATE TABLE outbox_message (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient        VARCHAR(254)  NOT NULL,
    subject          VARCHAR(300)  NOT NULL,
    body             TEXT          NOT NULL,
    created_at       DATETIME(3)   NOT NULL,
    next_attempt_at  DATETIME(3)   NOT NULL,
    attempts         INT           NOT NULL,
    claimed_by       VARCHAR(100)  NULL,
    claimed_until    DATETIME(3)   NULL,
    sent_at          DATETIME(3)   NULL,
    last_error       VARCHAR(1000) NULL
);
CREATE INDEX ix_outbox_pending ON outbox_message (sent_at, next_attempt_at);
