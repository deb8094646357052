-- Issue 17, patients as the clinic knows them: the RAMQ patient registry standing in for the insurer's, as ramq_person
-- stands in for staff. One row per insured person (NAM: four letters and eight digits, stored uppercase), with the current
-- eligibility to the plan, attached professional (practice number) and GMF enrolment (GMF number), each with its dates
-- (until NULL: open). A NAM is personal information: it is the key of the lookup, never a log line's.
CREATE TABLE ramq_patient (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    nam               CHAR(12)      NOT NULL,
    first_name        VARCHAR(100)  NOT NULL,
    last_name         VARCHAR(100)  NOT NULL,
    sex               VARCHAR(10)   NOT NULL,
    birth_date        DATE          NOT NULL,
    eligible_from     DATE          NULL,
    eligible_until    DATE          NULL,
    attached_practice CHAR(6)       NULL,
    attached_from     DATE          NULL,
    attached_until    DATE          NULL,
    gmf_number        VARCHAR(40)   NULL,
    gmf_from          DATE          NULL,
    gmf_until         DATE          NULL,
    created_at        DATETIME(3)   NOT NULL,
    CONSTRAINT uk_ramq_patient_nam UNIQUE (nam)
);
