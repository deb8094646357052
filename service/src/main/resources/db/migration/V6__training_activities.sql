-- FMOQ activities of a group and their attendance, submitted once by the leader.
CREATE TABLE training_activity (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    group_id                BIGINT        NOT NULL,
    activity_date           DATE          NOT NULL,
    courses                 VARCHAR(500)  NOT NULL,
    created_at              DATETIME(3)   NOT NULL,
    attendance_submitted_at DATETIME(3)   NULL,
    attendance_submitted_by VARCHAR(254)  NULL,
    CONSTRAINT fk_activity_group FOREIGN KEY (group_id) REFERENCES training_group (id)
);

CREATE TABLE training_attendance (
    activity_id  BIGINT       NOT NULL,
    member_id    BIGINT       NOT NULL,
    fmoq_number  VARCHAR(40)  NOT NULL,
    added_by     VARCHAR(254) NOT NULL,
    added_at     DATETIME(3)  NOT NULL,
    PRIMARY KEY (activity_id, member_id),
    CONSTRAINT fk_attendance_activity FOREIGN KEY (activity_id) REFERENCES training_activity (id),
    CONSTRAINT fk_attendance_member FOREIGN KEY (member_id) REFERENCES member (id)
);
