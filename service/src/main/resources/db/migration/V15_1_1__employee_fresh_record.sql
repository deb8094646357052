-- A deleted employee record stays as it was, for reports (R46, R49); adding the same person again opens a fresh record.
-- So a person has at most one record in an enterprise that is not deleted: active_person_id is the person while the
-- record is not deleted and NULL once it is, and a unique index allows any number of NULLs.
ALTER TABLE clinic_employee ADD COLUMN active_person_id BIGINT GENERATED ALWAYS AS (CASE WHEN deleted_at IS NULL THEN person_id END);
-- the foreign key on enterprise_id keeps an index of its own once the old unique key goes
CREATE INDEX ix_employee_enterprise ON clinic_employee (enterprise_id);
CREATE UNIQUE INDEX uk_employee_active_person ON clinic_employee (enterprise_id, active_person_id);
ALTER TABLE clinic_employee DROP INDEX uk_employee_person;
