-- The rule packs' history in the database, shared by every service instance: each pack content
-- seen (saved in a rules folder or uploaded), which one is active per regulator, who activated
-- which when, and the results the bulk re-evaluation computed with each.

CREATE TABLE rule_pack_version (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    regulator    VARCHAR(40)   NOT NULL,
    version      VARCHAR(40)   NULL,
    hash         CHAR(16)      NOT NULL,
    archive      LONGBLOB      NOT NULL,
    source       VARCHAR(20)   NOT NULL,
    created_by   VARCHAR(254)  NOT NULL,
    created_at   DATETIME(3)   NOT NULL,
    valid        BOOLEAN       NOT NULL,
    cases        INT           NOT NULL,
    problems     TEXT          NULL,
    CONSTRAINT uk_rule_pack_version UNIQUE (regulator, hash)
);

CREATE TABLE rule_pack_active (
    regulator     VARCHAR(40)  NOT NULL PRIMARY KEY,
    version_id    BIGINT       NOT NULL,
    hash          CHAR(16)     NOT NULL,
    activated_at  DATETIME(3)  NOT NULL,
    CONSTRAINT fk_active_version FOREIGN KEY (version_id) REFERENCES rule_pack_version (id)
);

CREATE TABLE rule_pack_activation (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    regulator      VARCHAR(40)   NOT NULL,
    version_id     BIGINT        NOT NULL,
    version        VARCHAR(40)   NOT NULL,
    hash           CHAR(16)      NOT NULL,
    previous_hash  CHAR(16)      NULL,
    activated_by   VARCHAR(254)  NOT NULL,
    activated_at   DATETIME(3)   NOT NULL,
    CONSTRAINT fk_activation_version FOREIGN KEY (version_id) REFERENCES rule_pack_version (id)
);
CREATE INDEX ix_activation_regulator ON rule_pack_activation (regulator, activated_at);

CREATE TABLE reevaluation (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    regulator        VARCHAR(40)   NOT NULL,
    activation_id    BIGINT        NOT NULL,
    rule_set_version VARCHAR(40)   NOT NULL,
    rule_set_hash    CHAR(16)      NOT NULL,
    state            VARCHAR(20)   NOT NULL,
    total            INT           NOT NULL,
    done             INT           NOT NULL,
    changed          INT           NOT NULL,
    failed           INT           NOT NULL,
    started_at       DATETIME(3)   NOT NULL,
    finished_at      DATETIME(3)   NULL,
    last_error       VARCHAR(1000) NULL
);
CREATE INDEX ix_reevaluation_regulator ON reevaluation (regulator, id);

CREATE TABLE evaluation_snapshot (
    member_id         BIGINT        NOT NULL,
    regulator         VARCHAR(40)   NOT NULL,
    cycle_id          VARCHAR(40)   NOT NULL,
    status            VARCHAR(40)   NULL,
    gaps              VARCHAR(2000) NOT NULL,
    rule_set_version  VARCHAR(40)   NOT NULL,
    rule_set_hash     CHAR(16)      NOT NULL,
    evaluated_at      DATETIME(3)   NOT NULL,
    PRIMARY KEY (member_id, regulator, cycle_id),
    CONSTRAINT fk_snapshot_member FOREIGN KEY (member_id) REFERENCES member (id)
);
