-- Clinic users' sessions (R5-R7): opened in one enterprise, ended by signing out, by inactivity in
-- the modes where the scheduling pack says so, or when the user is no longer active there. Only the
-- SHA-256 of the token is kept.
CREATE TABLE clinic_session (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    token_hash      CHAR(64)      NOT NULL,
    account_id      BIGINT        NOT NULL,
    ramq_id         VARCHAR(8)    NOT NULL,
    enterprise_id   BIGINT        NOT NULL,
    mode            VARCHAR(40)   NOT NULL,
    started_at      DATETIME(3)   NOT NULL,
    last_seen_at    DATETIME(3)   NOT NULL,
    ended_at        DATETIME(3)   NULL,
    end_reason      VARCHAR(20)   NULL,
    CONSTRAINT uk_clinic_session_token UNIQUE (token_hash),
    CONSTRAINT fk_clinic_session_enterprise FOREIGN KEY (enterprise_id) REFERENCES clinic_enterprise (id)
);
