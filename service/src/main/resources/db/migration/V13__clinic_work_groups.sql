-- Work groups of a GMF (spec §2.13, R241-R247): professionals, and one or two relay teams that take
-- over in the citizens' search when a patient's own professional has no suitable slot.
CREATE TABLE clinic_work_group (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    enterprise_id  BIGINT        NOT NULL,
    created_at     DATETIME(3)   NOT NULL,
    CONSTRAINT fk_work_group_enterprise FOREIGN KEY (enterprise_id) REFERENCES clinic_enterprise (id)
);

-- role: MEMBER, RELAY_1 or RELAY_2; a professional may be in a group and in its relay team (§9 A11).
CREATE TABLE clinic_work_group_professional (
    group_id         BIGINT       NOT NULL,
    role             VARCHAR(10)  NOT NULL,
    professional_id  BIGINT       NOT NULL,
    PRIMARY KEY (group_id, role, professional_id),
    CONSTRAINT fk_work_group_professional_group FOREIGN KEY (group_id) REFERENCES clinic_work_group (id),
    CONSTRAINT fk_work_group_professional_employee FOREIGN KEY (professional_id) REFERENCES clinic_employee (id)
);
