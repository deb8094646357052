-- FMOQ group online training: the groups, their leader and regular participants.
CREATE TABLE training_group (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    regulator          VARCHAR(40)   NOT NULL,
    leader_member_id   BIGINT        NOT NULL,
    leader_profession  VARCHAR(60)   NOT NULL,
    name               VARCHAR(200)  NOT NULL,
    size_option        VARCHAR(40)   NOT NULL,
    frequency          VARCHAR(200)  NULL,
    next_activities    VARCHAR(1000) NULL,
    purchase_formula   VARCHAR(40)   NOT NULL,
    receipt_reference  VARCHAR(100)  NULL,
    terms_accepted_at  DATETIME(3)   NOT NULL,
    rule_set_version   VARCHAR(40)   NOT NULL,
    created_at         DATETIME(3)   NOT NULL,
    CONSTRAINT fk_group_leader FOREIGN KEY (leader_member_id) REFERENCES member (id)
);
CREATE INDEX ix_group_leader ON training_group (leader_member_id);

CREATE TABLE training_group_participant (
    group_id    BIGINT       NOT NULL,
    profession  VARCHAR(60)  NOT NULL,
    how_many    INT          NOT NULL,
    PRIMARY KEY (group_id, profession),
    CONSTRAINT fk_participant_group FOREIGN KEY (group_id) REFERENCES training_group (id)
);
