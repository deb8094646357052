-- CNP pathways: physicians' profiles, one pathway per physician, CNP and period, its actions and
-- their proofs; and password resets by e-mail link.

CREATE TABLE physician_profile (
    member_id       BIGINT       NOT NULL PRIMARY KEY,
    rpps            CHAR(11)     NOT NULL,
    main_structure  VARCHAR(200) NULL,
    practice_mode   VARCHAR(100) NULL,
    mobile_phone    VARCHAR(30)  NULL,
    CONSTRAINT fk_profile_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT uk_profile_rpps UNIQUE (rpps)
);

CREATE TABLE pathway (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    member_id            BIGINT        NOT NULL,
    regulator            VARCHAR(40)   NOT NULL,
    period_id            VARCHAR(40)   NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    created_at           DATETIME(3)   NOT NULL,
    requested_at         DATETIME(3)   NULL,
    certification        VARCHAR(500)  NULL,
    rule_set_version     VARCHAR(40)   NULL,
    rule_set_hash        CHAR(16)      NULL,
    decided_at           DATETIME(3)   NULL,
    decided_by           VARCHAR(254)  NULL,
    decision_reason      VARCHAR(1000) NULL,
    holder_name          VARCHAR(220)  NULL,
    holder_structure     VARCHAR(200)  NULL,
    holder_rpps          CHAR(11)      NULL,
    CONSTRAINT fk_pathway_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT uk_pathway UNIQUE (member_id, regulator, period_id)
);
CREATE INDEX ix_pathway_regulator_status ON pathway (regulator, status);

CREATE TABLE pathway_action (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    pathway_id   BIGINT        NOT NULL,
    action_code  VARCHAR(60)   NOT NULL,
    complement   VARCHAR(500)  NULL,
    action_date  DATE          NOT NULL,
    created_at   DATETIME(3)   NOT NULL,
    CONSTRAINT fk_action_pathway FOREIGN KEY (pathway_id) REFERENCES pathway (id)
);
CREATE INDEX ix_action_pathway ON pathway_action (pathway_id);

CREATE TABLE pathway_proof (
    action_id     BIGINT        NOT NULL PRIMARY KEY,
    description   VARCHAR(500)  NULL,
    filename      VARCHAR(255)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    content       LONGBLOB      NOT NULL,
    uploaded_at   DATETIME(3)   NOT NULL,
    CONSTRAINT fk_proof_action FOREIGN KEY (action_id) REFERENCES pathway_action (id)
);

CREATE TABLE password_reset (
    token_hash  CHAR(64)     NOT NULL PRIMARY KEY,
    account_id  BIGINT       NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    expires_at  DATETIME(3)  NOT NULL,
    used_at     DATETIME(3)  NULL,
    CONSTRAINT fk_reset_account FOREIGN KEY (account_id) REFERENCES account (id)
);
