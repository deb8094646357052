-- Clinic scheduling: a clinic user's display preferences (spec §2.17; R8, R14). One row per person
-- (the RAMQ identifier they sign in with), whatever the enterprise, kept across sessions; no row
-- means the defaults of rules/scheduling.
CREATE TABLE clinic_user_preferences (
    person_id      BIGINT        NOT NULL PRIMARY KEY,
    time_format    VARCHAR(10)   NOT NULL,
    agenda_view    VARCHAR(20)   NOT NULL,
    grid_minutes   INT           NOT NULL,
    display_from   TIME          NOT NULL,
    display_until  TIME          NOT NULL,
    show_weekend   BOOLEAN       NOT NULL,
    updated_at     DATETIME(3)   NOT NULL,
    CONSTRAINT fk_preferences_person FOREIGN KEY (person_id) REFERENCES ramq_person (id)
);
