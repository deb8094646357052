-- Issue 16, an iCalendar feed per professional agenda: a secret URL whose token is kept only as its SHA-256, belonging to
-- the employee who made it (created_by, their RAMQ identifier), for one of the professional's locations or all of them
-- (location_id NULL). A revoked feed keeps its row (revoked_at, revoked_by) and answers 404 from then on.
CREATE TABLE agenda_feed (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    token_hash       CHAR(64)      NOT NULL,
    enterprise_id    BIGINT        NOT NULL,
    professional_id  BIGINT        NOT NULL,
    location_id      BIGINT        NULL,
    created_by       VARCHAR(254)  NOT NULL,
    created_at       DATETIME(3)   NOT NULL,
    revoked_at       DATETIME(3)   NULL,
    revoked_by       VARCHAR(254)  NULL,
    CONSTRAINT uk_agenda_feed_token UNIQUE (token_hash),
    CONSTRAINT fk_agenda_feed_enterprise FOREIGN KEY (enterprise_id) REFERENCES clinic_enterprise (id),
    CONSTRAINT fk_agenda_feed_professional FOREIGN KEY (professional_id) REFERENCES clinic_employee (id),
    CONSTRAINT fk_agenda_feed_location FOREIGN KEY (location_id) REFERENCES clinic_location (id)
);
CREATE INDEX ix_agenda_feed_professional ON agenda_feed (professional_id, enterprise_id);
