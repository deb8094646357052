-- Issue 16, single slots (§2.9, §9 A23): a slot's local date and times, in its location's zone (the service's when it has
-- none), are the truth; starts_at and ends_at are derived from them in UTC for the queries, and can be derived again when a
-- zone's rules change. An incomplete slot may have no location and no type yet (R95, R96). No endpoint wrote a slot before.
ALTER TABLE availability_slot MODIFY COLUMN location_id BIGINT NULL;
ALTER TABLE availability_slot MODIFY COLUMN visibility VARCHAR(10) NULL;
ALTER TABLE availability_slot ADD COLUMN local_date DATE NOT NULL;
ALTER TABLE availability_slot ADD COLUMN local_start TIME NOT NULL;
ALTER TABLE availability_slot ADD COLUMN local_end TIME NOT NULL;
ALTER TABLE availability_slot ADD COLUMN publish_from DATETIME(3) NULL;
ALTER TABLE availability_slot ADD COLUMN created_by VARCHAR(254) NOT NULL DEFAULT '';
CREATE INDEX ix_slot_professional_day ON availability_slot (professional_id, local_date);
