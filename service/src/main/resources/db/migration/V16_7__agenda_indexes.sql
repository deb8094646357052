-- Issue 16, the agenda's reads (docs/benchmarks.md, "Agenda week read"): a professional's slots are read by local date
-- (Slots.of: professional_id = ? AND enterprise_id = ? AND local_date BETWEEN ? AND ?), which ix_slot_professional
-- (professional_id, starts_at) serves only by its first column, reading every slot the professional ever had. The
-- appointments are read by (professional_id, starts_at), which ix_appointment_professional serves as a range.
CREATE INDEX ix_slot_professional_date ON availability_slot (professional_id, local_date);
