package org.vigie.scheduling.booking;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import io.swagger.v3.oas.annotations.Parameter;

/**
 * An appointment search (R228, §3.5.8.1): a reference number, a start or end date (local dates of the appointments), or a detail
 * of the patient; the reason is an optional filter (« Toutes les raisons » when absent). Names match from their start, ignoring
 * case and accents (the column's collation). Never logged: {@link #toString} hides the patient's details.
 */
record AppointmentCriteria(@Parameter(example = "1000000001") String reference, @Parameter(example = "2026-12-01") LocalDate from,
                           @Parameter(example = "2026-12-31") LocalDate to, String nam, String firstName, String lastName,
                           LocalDate dateOfBirth, String email, String mobilePhone, String homePhone,
                           @Parameter(example = "MINOR_EMERGENCY") String reasonCode) {

    /** R228: at least one criterion other than the reason. */
    boolean any() {
        return Stream.of(reference, from, to, nam, firstName, lastName, dateOfBirth, email, mobilePhone, homePhone)
                .anyMatch(v -> v != null && !v.toString().isBlank());
    }

    void append(StringBuilder where, List<Object> params) {
        equal(where, params, "reference_number", trim(reference));
        if (from != null) {
            where.append(" AND local_date >= ?");
            params.add(from);
        }
        if (to != null) {
            where.append(" AND local_date <= ?");
            params.add(to);
        }
        equal(where, params, "patient_nam", trim(nam) == null ? null : trim(nam).toUpperCase(Locale.ROOT));
        startsWith(where, params, "patient_first_name", trim(firstName));
        startsWith(where, params, "patient_last_name", trim(lastName));
        if (dateOfBirth != null) {
            where.append(" AND patient_birth_date = ?");
            params.add(dateOfBirth);
        }
        equal(where, params, "email", trim(email));
        equal(where, params, "mobile_phone", trim(mobilePhone));
        equal(where, params, "home_phone", trim(homePhone));
        equal(where, params, "reason_code", trim(reasonCode));
    }

    private static void equal(StringBuilder where, List<Object> params, String column, String value) {
        if (value != null) {
            where.append(" AND ").append(column).append(" = ?");
            params.add(value);
        }
    }

    private static void startsWith(StringBuilder where, List<Object> params, String column, String value) {
        if (value != null) {
            where.append(" AND ").append(column).append(" LIKE ?");
            params.add(value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    @Override
    public String toString() {
        return "AppointmentCriteria[reference=" + reference + ", from=" + from + ", to=" + to + ", <patient hidden>]";
    }
}
