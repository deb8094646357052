-- Failed sign-ins, counted per account (its username, or the name typed when no account has it)
-- and per client address, in the database so that a lock set through one instance holds on all.
-- A row's count restarts once its first failure is older than the limit's window; a successful
-- sign-in deletes the account's row.
CREATE TABLE sign_in_throttle (
    kind            VARCHAR(10)   NOT NULL,
    subject         VARCHAR(255)  NOT NULL,
    failures        INT           NOT NULL,
    counting_since  DATETIME(3)   NOT NULL,
    locked_until    DATETIME(3)   NULL,
    PRIMARY KEY (kind, subject)
);
