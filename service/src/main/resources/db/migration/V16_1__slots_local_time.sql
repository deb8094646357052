-- Issue 16, single slots (§2.9, §9 A23): a slot's local date and times, in its location's zone (the service's when it has
-- none), are the truth; starts_at and ends_at are derived from them in UTC for the queries, and can be derived again when a
-- zone's rules change. An incomplete slot may have no location and no type yet (R95, R96). No endpoint wrote a slot before.
ALTER TABLE availability_slot
    MODIFY location_id BIGINT NULL,
    MODIFY visibility VARCHAR(10) NULL,
    ADD COLUMN local_date   DATE         NOT NULL AFTER professional_id,
    ADD COLUMN local_start  TIME         NOT NULL AFTER local_date,
    ADD COLUMN local_end    TIME         NOT NULL AFTER local_start,
    ADD COLUMN publish_from DATETIME(3)  NULL AFTER visibility,
    ADD COLUMN created_by   VARCHAR(254) NOT NULL DEFAULT '' AFTER created_at;

CREATE INDEX ix_slot_professional_day ON availability_slot (professional_id, local_date);
