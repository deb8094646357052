-- Issue 16, quick create and clear a week: one row per professional, taken FOR UPDATE first by every week-wide write of
-- their slots, so that two of them run one after the other. A row always exists once taken (inserted if missing), unlike
-- the slots of an empty week, which would lock nothing.
CREATE TABLE availability_lock (professional_id BIGINT NOT NULL PRIMARY KEY);
