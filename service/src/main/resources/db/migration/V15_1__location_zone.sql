-- Each location keeps its own time zone (spec §9 A23, revised): every wall-clock rule about it (weeks, "in the past",
-- cutoffs, reminders) is computed there. A tz database identifier; the Îles-de-la-Madeleine are on America/Halifax.
ALTER TABLE clinic_location ADD COLUMN zone VARCHAR(64) NOT NULL DEFAULT 'America/Montreal';
