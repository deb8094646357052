-- R21, R255: a location's connected agenda software (LCGA). The location's local administrator (or RAMQ) issues a connection
-- secret for the location, bound to the machine identifier RAMQ recorded on it at that moment; only the secret's SHA-256 is kept.
-- A new secret revokes the previous one: a location has at most one live link (live_location_id is NULL once revoked, and a unique
-- index allows any number of NULLs), and a revoked row keeps its history.
CREATE TABLE lcga_link (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    enterprise_id  BIGINT        NOT NULL,
    location_id    BIGINT        NOT NULL,
    machine_id     VARCHAR(100)  NOT NULL,
    secret_hash    CHAR(64)      NOT NULL,
    issued_at      DATETIME(3)   NOT NULL,
    issued_by      VARCHAR(254)  NOT NULL,
    revoked_at     DATETIME(3)   NULL,
    revoked_by     VARCHAR(254)  NULL,
    CONSTRAINT uk_lcga_link_secret UNIQUE (secret_hash),
    CONSTRAINT fk_lcga_link_location FOREIGN KEY (location_id) REFERENCES clinic_location (id)
);
ALTER TABLE lcga_link ADD COLUMN live_location_id BIGINT GENERATED ALWAYS AS (CASE WHEN revoked_at IS NULL THEN location_id END);
CREATE UNIQUE INDEX uk_lcga_link_live_location ON lcga_link (live_location_id);

-- The LCGA's sessions, kept in the database like the clinic users' (every instance knows them); only the token's SHA-256 is kept.
CREATE TABLE lcga_session (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    token_hash    CHAR(64)      NOT NULL,
    link_id       BIGINT        NOT NULL,
    started_at    DATETIME(3)   NOT NULL,
    last_seen_at  DATETIME(3)   NOT NULL,
    ended_at      DATETIME(3)   NULL,
    end_reason    VARCHAR(20)   NULL,
    CONSTRAINT uk_lcga_session_token UNIQUE (token_hash),
    CONSTRAINT fk_lcga_session_link FOREIGN KEY (link_id) REFERENCES lcga_link (id)
);

-- A hold an LCGA takes belongs to its link, not to an employee.
ALTER TABLE clinic_hold MODIFY holder_employee_id BIGINT NULL;
ALTER TABLE clinic_hold ADD COLUMN holder_lcga_link_id BIGINT NULL;
