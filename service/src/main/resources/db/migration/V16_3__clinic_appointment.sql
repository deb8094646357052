-- Issue 16 (R117, R125, R130, R138, R159, R164; §9 A23): an appointment stores its professional, location, local date and
-- start, duration and its UTC instants, and no foreign key to a slot: "in a slot" is derived, so no slot operation ever
-- writes an appointment. The appointments issue adds the patient, the reference number, notes and attendance.
CREATE TABLE clinic_appointment (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    enterprise_id     BIGINT       NOT NULL,
    location_id       BIGINT       NOT NULL,
    professional_id   BIGINT       NOT NULL,
    service_id        BIGINT       NULL,
    local_date        DATE         NOT NULL,
    local_start       TIME         NOT NULL,
    duration_minutes  INT          NOT NULL,
    starts_at         DATETIME(3)  NOT NULL,
    ends_at           DATETIME(3)  NOT NULL,
    status            VARCHAR(12)  NOT NULL DEFAULT 'ACTIVE',
    created_at        DATETIME(3)  NOT NULL,
    CONSTRAINT fk_appointment_location FOREIGN KEY (location_id) REFERENCES clinic_location (id),
    CONSTRAINT fk_appointment_professional FOREIGN KEY (professional_id) REFERENCES clinic_employee (id)
);
CREATE INDEX ix_appointment_professional ON clinic_appointment (professional_id, starts_at);
