-- FMOQ activities: their schedule and place, the modules the leader marks, the allowance requests
-- the federation validates before the activity, and the federation's traced attendance corrections.
ALTER TABLE training_activity ADD COLUMN place VARCHAR(300) NULL;
ALTER TABLE training_activity ADD COLUMN blocks VARCHAR(400) NULL;

CREATE TABLE training_module_mark (
    activity_id  BIGINT        NOT NULL,
    course       VARCHAR(40)   NOT NULL,
    module       VARCHAR(40)   NOT NULL,
    marked_by    VARCHAR(254)  NOT NULL,
    marked_at    DATETIME(3)   NOT NULL,
    PRIMARY KEY (activity_id, course, module),
    CONSTRAINT fk_mark_activity FOREIGN KEY (activity_id) REFERENCES training_activity (id)
);

CREATE TABLE training_allowance_request (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    activity_id       BIGINT        NOT NULL,
    program           VARCHAR(40)   NOT NULL,
    region            VARCHAR(40)   NULL,
    consecutive_hours DECIMAL(5, 2) NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    requested_by      VARCHAR(254)  NOT NULL,
    requested_at      DATETIME(3)   NOT NULL,
    rule_set_version  VARCHAR(40)   NOT NULL,
    decided_by        VARCHAR(254)  NULL,
    decided_at        DATETIME(3)   NULL,
    decision_reason   VARCHAR(1000) NULL,
    CONSTRAINT uk_allowance_activity_program UNIQUE (activity_id, program),
    CONSTRAINT fk_allowance_activity FOREIGN KEY (activity_id) REFERENCES training_activity (id)
);
CREATE INDEX ix_allowance_status ON training_allowance_request (status);

CREATE TABLE training_attendance_change (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    activity_id  BIGINT        NOT NULL,
    member_id    BIGINT        NOT NULL,
    number       VARCHAR(40)   NOT NULL,
    kind         VARCHAR(10)   NOT NULL,
    reason       VARCHAR(1000) NOT NULL,
    changed_by   VARCHAR(254)  NOT NULL,
    changed_at   DATETIME(3)   NOT NULL,
    CONSTRAINT fk_change_activity FOREIGN KEY (activity_id) REFERENCES training_activity (id)
);
CREATE INDEX ix_change_activity ON training_attendance_change (activity_id);
