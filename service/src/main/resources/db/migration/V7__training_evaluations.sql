-- Each participant's own evaluation of an activity, within the federation's window.
CREATE TABLE training_evaluation (
    activity_id   BIGINT        NOT NULL,
    member_id     BIGINT        NOT NULL,
    rating        INT           NOT NULL,
    comment       VARCHAR(2000) NULL,
    submitted_at  DATETIME(3)   NOT NULL,
    PRIMARY KEY (activity_id, member_id),
    CONSTRAINT fk_evaluation_activity FOREIGN KEY (activity_id) REFERENCES training_activity (id),
    CONSTRAINT fk_evaluation_member FOREIGN KEY (member_id) REFERENCES member (id)
);
