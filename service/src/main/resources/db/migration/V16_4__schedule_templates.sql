-- Issue 16, schedule templates (guide §3.8, spec §2.10, R141-R161): a week from Sunday to Saturday of slots placed by day of the
-- week, at one location that never changes (R144, R152), under a name unique at that location (R148: the unique key decides
-- between two saves at once). A slot's services are kept with their type, reason and duration: applying a template maps each
-- to the target professional's own matching active service (§9 A10), so a template outlives the service it was built from.
CREATE TABLE schedule_template (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    enterprise_id  BIGINT        NOT NULL,
    location_id    BIGINT        NOT NULL,
    name           VARCHAR(100)  NOT NULL,
    created_at     DATETIME(3)   NOT NULL,
    created_by     VARCHAR(254)  NOT NULL,
    updated_at     DATETIME(3)   NOT NULL,
    CONSTRAINT uk_schedule_template_name UNIQUE (location_id, name),
    CONSTRAINT fk_schedule_template_location FOREIGN KEY (location_id) REFERENCES clinic_location (id)
);
CREATE INDEX ix_schedule_template_enterprise ON schedule_template (enterprise_id, location_id);

CREATE TABLE schedule_template_profession (
    template_id  BIGINT       NOT NULL,
    profession   VARCHAR(40)  NOT NULL,
    PRIMARY KEY (template_id, profession),
    CONSTRAINT fk_template_profession FOREIGN KEY (template_id) REFERENCES schedule_template (id)
);

CREATE TABLE schedule_template_professional (
    template_id      BIGINT NOT NULL,
    professional_id  BIGINT NOT NULL,
    PRIMARY KEY (template_id, professional_id),
    CONSTRAINT fk_template_professional_template FOREIGN KEY (template_id) REFERENCES schedule_template (id),
    CONSTRAINT fk_template_professional_employee FOREIGN KEY (professional_id) REFERENCES clinic_employee (id)
);

-- day_of_week: 0 for Sunday to 6 for Saturday (§9 A1); publish_days_before and publish_time only on a public slot (R146).
CREATE TABLE schedule_template_slot (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    template_id          BIGINT       NOT NULL,
    day_of_week          INT          NOT NULL,
    local_start          TIME         NOT NULL,
    local_end            TIME         NOT NULL,
    visibility           VARCHAR(10)  NOT NULL,
    publish_days_before  INT          NULL,
    publish_time         TIME         NULL,
    CONSTRAINT fk_template_slot_template FOREIGN KEY (template_id) REFERENCES schedule_template (id)
);
CREATE INDEX ix_template_slot_template ON schedule_template_slot (template_id, day_of_week, local_start);

CREATE TABLE schedule_template_slot_service (
    slot_id           BIGINT       NOT NULL,
    service_id        BIGINT       NOT NULL,
    appointment_type  VARCHAR(10)  NOT NULL,
    reason            VARCHAR(60)  NOT NULL,
    duration_minutes  INT          NOT NULL,
    PRIMARY KEY (slot_id, service_id),
    CONSTRAINT fk_template_slot_service_slot FOREIGN KEY (slot_id) REFERENCES schedule_template_slot (id)
);
