-- Clinic scheduling (RVSQ, clinic side), part 1: the people RAMQ knows, enterprises and their
-- locations, employees with their profiles and permission rows, services and service groups,
-- professional options, communications, and the audit trail of every write.

-- People registered by RAMQ (identifier IPXXXXXX / CEXXXXXX, pseudonym, practice number).
CREATE TABLE ramq_person (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    ramq_id           VARCHAR(8)    NOT NULL,
    first_name        VARCHAR(100)  NOT NULL,
    last_name         VARCHAR(100)  NOT NULL,
    pseudonym         VARCHAR(254)  NULL,
    practice_number   VARCHAR(6)    NULL,
    online_services   BOOLEAN       NOT NULL,
    created_at        DATETIME(3)   NOT NULL,
    CONSTRAINT uk_person_ramq UNIQUE (ramq_id),
    CONSTRAINT uk_person_pseudonym UNIQUE (pseudonym),
    CONSTRAINT uk_person_practice UNIQUE (practice_number)
);

CREATE TABLE clinic_enterprise (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(200)  NOT NULL,
    email        VARCHAR(254)  NULL,
    phone        VARCHAR(30)   NULL,
    is_gmf       BOOLEAN       NOT NULL,
    gmf_number   VARCHAR(20)   NULL,
    created_at   DATETIME(3)   NOT NULL
);

CREATE TABLE clinic_location (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    enterprise_id           BIGINT        NOT NULL,
    location_uid            CHAR(36)      NOT NULL,
    name                    VARCHAR(200)  NOT NULL,
    abbreviation            VARCHAR(40)   NULL,
    ramq_number             VARCHAR(20)   NULL,
    locality_code           VARCHAR(20)   NULL,
    rvsq_start_date         DATE          NULL,
    rvsq_end_date           DATE          NULL,
    machine_id              VARCHAR(100)  NULL,
    civic_number            VARCHAR(20)   NOT NULL,
    street                  VARCHAR(200)  NOT NULL,
    suite                   VARCHAR(40)   NULL,
    city                    VARCHAR(100)  NOT NULL,
    province                VARCHAR(40)   NOT NULL,
    postal_code             VARCHAR(10)   NOT NULL,
    phone                   VARCHAR(30)   NOT NULL,
    health_region           VARCHAR(40)   NULL,
    display_mode            VARCHAR(40)   NOT NULL,
    hide_name_gmf           BOOLEAN       NOT NULL,
    hide_name_gen           BOOLEAN       NOT NULL,
    cancel_cutoff_value     INT           NOT NULL,
    cancel_cutoff_unit      VARCHAR(10)   NOT NULL,
    send_no_show_message    BOOLEAN       NOT NULL,
    CONSTRAINT uk_location_uid UNIQUE (location_uid),
    CONSTRAINT fk_location_enterprise FOREIGN KEY (enterprise_id) REFERENCES clinic_enterprise (id)
);

CREATE TABLE clinic_employee (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    enterprise_id           BIGINT        NOT NULL,
    person_id               BIGINT        NOT NULL,
    title                   VARCHAR(100)  NULL,
    start_date              DATE          NOT NULL,
    departure_date          DATE          NULL,
    email                   VARCHAR(254)  NULL,
    work_phone              VARCHAR(30)   NULL,
    phone_extension         VARCHAR(10)   NULL,
    profession              VARCHAR(100)  NULL,
    profession_description  VARCHAR(300)  NULL,
    short_bio               VARCHAR(2000) NULL,
    is_local_admin          BOOLEAN       NOT NULL,
    is_super_user           BOOLEAN       NOT NULL,
    is_user                 BOOLEAN       NOT NULL,
    deleted_at              DATETIME(3)   NULL,
    created_at              DATETIME(3)   NOT NULL,
    CONSTRAINT uk_employee_person UNIQUE (enterprise_id, person_id),
    CONSTRAINT fk_employee_enterprise FOREIGN KEY (enterprise_id) REFERENCES clinic_enterprise (id),
    CONSTRAINT fk_employee_person FOREIGN KEY (person_id) REFERENCES ramq_person (id)
);

CREATE TABLE clinic_employee_location (
    employee_id  BIGINT NOT NULL,
    location_id  BIGINT NOT NULL,
    PRIMARY KEY (employee_id, location_id),
    CONSTRAINT fk_work_employee FOREIGN KEY (employee_id) REFERENCES clinic_employee (id),
    CONSTRAINT fk_work_location FOREIGN KEY (location_id) REFERENCES clinic_location (id)
);

CREATE TABLE clinic_agenda_permission (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    enterprise_id    BIGINT       NOT NULL,
    employee_id      BIGINT       NOT NULL,
    location_id      BIGINT       NOT NULL,
    professional_id  BIGINT       NOT NULL,
    access           VARCHAR(12)  NOT NULL,
    CONSTRAINT uk_permission UNIQUE (employee_id, location_id, professional_id),
    CONSTRAINT fk_permission_employee FOREIGN KEY (employee_id) REFERENCES clinic_employee (id),
    CONSTRAINT fk_permission_professional FOREIGN KEY (professional_id) REFERENCES clinic_employee (id),
    CONSTRAINT fk_permission_location FOREIGN KEY (location_id) REFERENCES clinic_location (id)
);

CREATE TABLE clinic_service (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    enterprise_id     BIGINT       NOT NULL,
    professional_id   BIGINT       NOT NULL,
    appointment_type  VARCHAR(10)  NOT NULL,
    reason            VARCHAR(40)  NOT NULL,
    duration_minutes  INT          NOT NULL,
    rule_set_version  VARCHAR(40)  NOT NULL,
    created_at        DATETIME(3)  NOT NULL,
    deleted_at        DATETIME(3)  NULL,
    CONSTRAINT fk_service_professional FOREIGN KEY (professional_id) REFERENCES clinic_employee (id)
);

CREATE TABLE clinic_service_group (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    enterprise_id    BIGINT        NOT NULL,
    professional_id  BIGINT        NOT NULL,
    name             VARCHAR(100)  NOT NULL,
    CONSTRAINT uk_service_group_name UNIQUE (professional_id, name),
    CONSTRAINT fk_group_professional FOREIGN KEY (professional_id) REFERENCES clinic_employee (id)
);

CREATE TABLE clinic_service_group_member (
    group_id    BIGINT NOT NULL,
    service_id  BIGINT NOT NULL,
    PRIMARY KEY (group_id, service_id),
    CONSTRAINT fk_member_group FOREIGN KEY (group_id) REFERENCES clinic_service_group (id),
    CONSTRAINT fk_member_service FOREIGN KEY (service_id) REFERENCES clinic_service (id)
);

CREATE TABLE clinic_professional_options (
    employee_id        BIGINT   NOT NULL PRIMARY KEY,
    horizon_enabled    BOOLEAN  NOT NULL,
    horizon_weeks      INT      NULL,
    CONSTRAINT fk_options_employee FOREIGN KEY (employee_id) REFERENCES clinic_employee (id)
);

-- Availability slots arrive with part 2; the table exists now so that a service used by a future
-- slot cannot be deleted (R77) and a past one shows the service "inactif" (R78).
CREATE TABLE availability_slot (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    enterprise_id    BIGINT       NOT NULL,
    location_id      BIGINT       NOT NULL,
    professional_id  BIGINT       NOT NULL,
    starts_at        DATETIME(3)  NOT NULL,
    ends_at          DATETIME(3)  NOT NULL,
    visibility       VARCHAR(10)  NOT NULL,
    created_at       DATETIME(3)  NOT NULL,
    CONSTRAINT fk_slot_location FOREIGN KEY (location_id) REFERENCES clinic_location (id),
    CONSTRAINT fk_slot_professional FOREIGN KEY (professional_id) REFERENCES clinic_employee (id)
);
CREATE INDEX ix_slot_professional ON availability_slot (professional_id, starts_at);

CREATE TABLE availability_slot_service (
    slot_id     BIGINT NOT NULL,
    service_id  BIGINT NOT NULL,
    PRIMARY KEY (slot_id, service_id),
    CONSTRAINT fk_slot_service_slot FOREIGN KEY (slot_id) REFERENCES availability_slot (id),
    CONSTRAINT fk_slot_service_service FOREIGN KEY (service_id) REFERENCES clinic_service (id)
);

CREATE TABLE clinic_email_text (
    enterprise_id  BIGINT       NOT NULL,
    subject        VARCHAR(40)  NOT NULL,
    language       VARCHAR(2)   NOT NULL,
    html           TEXT         NULL,
    updated_by     VARCHAR(254) NOT NULL,
    updated_at     DATETIME(3)  NOT NULL,
    PRIMARY KEY (enterprise_id, subject, language),
    CONSTRAINT fk_email_enterprise FOREIGN KEY (enterprise_id) REFERENCES clinic_enterprise (id)
);

-- location_id 0: the whole enterprise ("Entreprise"), overridden by a location's own text.
CREATE TABLE clinic_message_text (
    enterprise_id  BIGINT       NOT NULL,
    message_type   VARCHAR(10)  NOT NULL,
    location_id    BIGINT       NOT NULL,
    language       VARCHAR(2)   NOT NULL,
    html           TEXT         NULL,
    updated_by     VARCHAR(254) NOT NULL,
    updated_at     DATETIME(3)  NOT NULL,
    PRIMARY KEY (enterprise_id, message_type, location_id, language),
    CONSTRAINT fk_message_enterprise FOREIGN KEY (enterprise_id) REFERENCES clinic_enterprise (id)
);

-- Who changed what, when: one row per write.
CREATE TABLE clinic_audit (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    enterprise_id  BIGINT        NOT NULL,
    actor          VARCHAR(254)  NOT NULL,
    action         VARCHAR(60)   NOT NULL,
    target         VARCHAR(100)  NOT NULL,
    details        VARCHAR(2000) NULL,
    at             DATETIME(3)   NOT NULL
);
CREATE INDEX ix_audit_enterprise ON clinic_audit (enterprise_id, at);
