-- The federation's validation of an activity, the late ones flagged, and the credits it registers.
ALTER TABLE training_activity ADD COLUMN validated_at DATETIME(3) NULL;
ALTER TABLE training_activity ADD COLUMN validated_by VARCHAR(254) NULL;
ALTER TABLE training_activity ADD COLUMN flagged_late_at DATETIME(3) NULL;

CREATE TABLE training_credit (
    activity_id  BIGINT        NOT NULL,
    member_id    BIGINT        NOT NULL,
    regulator    VARCHAR(40)   NOT NULL,
    course       VARCHAR(40)   NOT NULL,
    title        VARCHAR(300)  NOT NULL,
    hours        DECIMAL(6, 2) NOT NULL,
    activity_date DATE         NOT NULL,
    credited_at  DATETIME(3)   NOT NULL,
    PRIMARY KEY (activity_id, member_id, course),
    CONSTRAINT fk_credit_activity FOREIGN KEY (activity_id) REFERENCES training_activity (id),
    CONSTRAINT fk_credit_member FOREIGN KEY (member_id) REFERENCES member (id)
);
