package org.vigie.scheduling.notices;

/** What a message says (§2.18), and the e-mail subject (pack list emailSubjects) whose custom text it carries (R250). */
enum NoticeKind {
    CONFIRMATION("CONFIRMATION"), REMINDER_3D("REMINDER"), REMINDER_1D("REMINDER"), MODIFICATION("MODIFICATION"),
    CANCELLATION("CANCELLATION"), NO_SHOW("NO_SHOW");

    private final String subject;

    NoticeKind(String subject) {
        this.subject = subject;
    }

    /** The subject of the pack's list emailSubjects, also the key of the kind's texts: the two reminders say the same. */
    String subject() {
        return subject;
    }
}
