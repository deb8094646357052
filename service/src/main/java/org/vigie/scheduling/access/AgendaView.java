package org.vigie.scheduling.access;

/** One agenda as the caller sees it: a professional at one of their work locations (spec §3.5 note 1), and what the caller may do there. */
record AgendaView(AgendaLocation location, AgendaProfessional professional, AgendaAccess access) {

    /** The location, labelled by its abbreviation when it has one, else its name (R22). */
    record AgendaLocation(long id, String label, String name, String abbreviation) {
        static AgendaLocation of(long id, String name, String abbreviation) {
            return new AgendaLocation(id, abbreviation == null || abbreviation.isBlank() ? name : abbreviation, name, abbreviation);
        }
    }

    record AgendaProfessional(long id, String firstName, String lastName, String professionalClass) {
    }

    /** The caller's column of the matrix on this agenda, and what the matrix lets it do there. */
    record AgendaAccess(String column, boolean canView, boolean canEditSlots, boolean canQuickCreate, boolean canCopyWeek,
                        boolean canClearWeek, boolean canApplyTemplate, boolean canBook) {
    }
}
