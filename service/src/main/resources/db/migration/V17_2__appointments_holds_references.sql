-- Issue 17, appointments as staff book them (§2.11, R167-R192, R204-R217, R227-R231). The appointment keeps what the booking
-- froze: the patient as the clinic knows them (R179: edited names are the clinic's, RAMQ's row is never touched), contact and
-- channels (R180-R183), the type from the patient-professional relation (R190), name hiding and the online-cancellation cutoff
-- copied from the location (R191, R205, R206, R217), its author (R189, R255) and a reference number (R188). "In a slot" stays
-- derived (no slot link). version counts changes: a write that read an older version loses (409).
-- (one parenthesised ADD: the form MariaDB, MySQL and the embedded H2 all read)
ALTER TABLE clinic_appointment ADD COLUMN (
    reference_number     CHAR(10)      NULL,
    version              INT           NOT NULL DEFAULT 0,
    attendance           VARCHAR(12)   NOT NULL DEFAULT 'UNCONFIRMED',
    patient_nam          CHAR(12)      NULL,
    patient_first_name   VARCHAR(100)  NULL,
    patient_last_name    VARCHAR(100)  NULL,
    patient_sex          VARCHAR(10)   NULL,
    patient_birth_date   DATE          NULL,
    mobile_phone         VARCHAR(30)   NULL,
    home_phone           VARCHAR(30)   NULL,
    email                VARCHAR(254)  NULL,
    notify_email         BOOLEAN       NOT NULL DEFAULT FALSE,
    notify_sms           BOOLEAN       NOT NULL DEFAULT FALSE,
    notify_call          BOOLEAN       NOT NULL DEFAULT FALSE,
    language             CHAR(2)       NOT NULL DEFAULT 'FR',
    reason_code          VARCHAR(60)   NULL,
    clinic_note          VARCHAR(2000) NULL,
    patient_note         VARCHAR(2000) NULL,
    notes_purged_at      DATETIME(3)   NULL,
    appointment_type     VARCHAR(3)    NOT NULL DEFAULT 'GEN',
    author_kind          VARCHAR(10)   NOT NULL DEFAULT 'EMPLOYEE',
    author_employee_id   BIGINT        NULL,
    author_name          VARCHAR(200)  NULL,
    name_hidden          BOOLEAN       NOT NULL DEFAULT FALSE,
    cancel_cutoff_value  INT           NULL,
    cancel_cutoff_unit   VARCHAR(10)   NULL,
    attendance_set_at    DATETIME(3)   NULL,
    updated_at           DATETIME(3)   NULL,
    cancelled_at         DATETIME(3)   NULL,
    cancelled_by_employee_id BIGINT    NULL,
    cancelled_by_name    VARCHAR(200)  NULL
);
ALTER TABLE clinic_appointment ADD CONSTRAINT uk_appointment_reference UNIQUE (reference_number);
CREATE INDEX ix_appointment_enterprise_start ON clinic_appointment (enterprise_id, starts_at);
CREATE INDEX ix_appointment_patient ON clinic_appointment (enterprise_id, patient_nam);

-- R188: one counter row hands out the reference numbers, ten digits from 1000000001, incremented in the booking's own
-- transaction (last, so its lock is held for the shortest time): gapless and never repeated across instances, at the price
-- of serialising the increments.
CREATE TABLE appointment_reference (
    name        VARCHAR(20) NOT NULL PRIMARY KEY,
    last_value  BIGINT      NOT NULL
);
INSERT INTO appointment_reference (name, last_value) VALUES ('appointment', 1000000000);

-- R172, R173 (§2.12, §9 A35): a staff member's hold on a period while they fill the form. expires_at is database time
-- (UTC_TIMESTAMP(3) + the pack's duration) and every read compares it with UTC_TIMESTAMP(3): an expired hold is released by
-- the predicate, no job has to run. consumed_at marks the hold its holder's booking used up (same transaction).
CREATE TABLE clinic_hold (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    enterprise_id       BIGINT       NOT NULL,
    location_id         BIGINT       NULL,
    professional_id     BIGINT       NOT NULL,
    local_date          DATE         NOT NULL,
    local_start         TIME         NOT NULL,
    duration_minutes    INT          NOT NULL,
    starts_at           DATETIME(3)  NOT NULL,
    ends_at             DATETIME(3)  NOT NULL,
    holder_employee_id  BIGINT       NOT NULL,
    created_at          DATETIME(3)  NOT NULL,
    expires_at          DATETIME(3)  NOT NULL,
    extensions          INT          NOT NULL DEFAULT 0,
    released_at         DATETIME(3)  NULL,
    consumed_at         DATETIME(3)  NULL,
    appointment_id      BIGINT       NULL,
    CONSTRAINT fk_hold_professional FOREIGN KEY (professional_id) REFERENCES clinic_employee (id)
);
CREATE INDEX ix_hold_professional ON clinic_hold (professional_id, starts_at);

-- R167: RAMQ extends an enterprise's past window from 90 to 365 days on request.
ALTER TABLE clinic_enterprise ADD COLUMN past_window_extended BOOLEAN NOT NULL DEFAULT FALSE;
