package org.vigie.scheduling.reports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * One appointment as a report shows it (spec §6.2's inferred columns, §9 A20): codes for a program, the pack's words for a
 * person; times in the location's zone. The NAM and the clinic note are in: whoever may report on an agenda reads its
 * appointments whole (R232). The patient's details never reach a log.
 */
record ReportLine(long appointmentId, LocalDate date, @JsonFormat(pattern = "HH:mm") LocalTime startTime, int durationMinutes,
                  long professionalId, String professional, String profession, long locationId, String location, String lastName,
                  String firstName, LocalDate birthDate, String sex, String nam, String mobilePhone, String homePhone, String email,
                  String reasonCode, String reason, String attendance, String attendanceLabel, String status, String statusLabel,
                  String referenceNumber, String appointmentType, String authorKind, String author, LocalDateTime createdAt,
                  String clinicNote, LocalDateTime cancelledAt, String cancelledBy) {

    /** The value of a column of the pack's list reportColumns, typed (a date, a time, a number, a moment or text). */
    Object value(String column) {
        return switch (column) {
            case "date" -> date;
            case "startTime" -> startTime;
            case "durationMinutes" -> durationMinutes;
            case "professional" -> professional;
            case "profession" -> profession;
            case "location" -> location;
            case "lastName" -> lastName;
            case "firstName" -> firstName;
            case "birthDate" -> birthDate;
            case "sex" -> sex;
            case "nam" -> nam;
            case "mobilePhone" -> mobilePhone;
            case "homePhone" -> homePhone;
            case "email" -> email;
            case "reason" -> reason;
            case "attendance" -> attendanceLabel;
            case "status" -> statusLabel;
            case "referenceNumber" -> referenceNumber;
            case "appointmentType" -> appointmentType;
            case "author" -> author;
            case "createdAt" -> createdAt;
            case "clinicNote" -> clinicNote;
            case "cancelledAt" -> cancelledAt;
            case "cancelledBy" -> cancelledBy;
            default -> throw new IllegalStateException("the pack's reportColumns names an unknown column: " + column);
        };
    }

    @Override
    public String toString() {
        return "ReportLine[appointment=" + appointmentId + ", reference=" + referenceNumber + "]";
    }
}
