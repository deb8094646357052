package org.vigie.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * R185, §9 A29: the day after the appointment (its location's zone), the reason and the patient note of a patient under 18 on
 * the appointment's date are deleted, once. The job is called directly on a moved clock, as the scheduler would call it. The
 * patient note is written by the patient (never by the clinic, R186): the test writes it in the database.
 */
class AppointmentMinorNotesPurgeIntegrationTests extends BookingTest {
    @Autowired
    ApplicationContext context;

    int purge() throws Exception {
        Object job = context.getBean("minorNotesPurge");
        Method purge = job.getClass().getDeclaredMethod("purge");
        purge.setAccessible(true);
        return (int) purge.invoke(job);
    }

    long bookedFor(String dateOfBirth) {
        Map<String, Object> body = booking("09:15");
        body.put("patient", patient(null, dateOfBirth));
        body.put("reasonCode", "MINOR_EMERGENCY");
        long id = booked(body).body().get("id").asLong();
        jdbc.sql("UPDATE clinic_appointment SET patient_note = 'Mal de gorge' WHERE id = ?").param(id).update();
        return id;
    }

    String notes(long id) {
        return jdbc.sql("SELECT CONCAT_WS('|', COALESCE(reason_code, '-'), COALESCE(patient_note, '-'), notes_purged_at IS NOT NULL)"
                + " FROM clinic_appointment WHERE id = ?").param(id).query(String.class).single();
    }

    @Test
    void R185_A29_aMinorsReasonAndPatientNoteAreDeletedTheDayAfterOnce() throws Exception {
        long minor = bookedFor("2009-02-11"); // 17 on 2027-02-10: 18 the next day
        long adult = bookedFor("2009-02-10"); // 18 on the day
        clock.today(java.time.LocalDate.parse(DAY)); // the day itself, at noon
        purge();
        assertThat(notes(minor)).as("not before the next day").isEqualTo("MINOR_EMERGENCY|Mal de gorge|0");
        clock.move(Duration.ofHours(11).plusMinutes(30)); // 23 h 30 in Montréal, already the 11th in UTC
        purge();
        assertThat(notes(minor)).as("the location's zone decides").isEqualTo("MINOR_EMERGENCY|Mal de gorge|0");
        clock.move(Duration.ofHours(1)); // 0 h 30 on the 11th in Montréal
        assertThat(purge()).isGreaterThanOrEqualTo(1);
        assertThat(notes(minor)).isEqualTo("-|-|1");
        assertThat(notes(adult)).as("18 on the day: kept").isEqualTo("MINOR_EMERGENCY|Mal de gorge|0");
        assertThat(count("clinic_appointment", "id = ? AND patient_first_name = 'Julie' AND status = 'ACTIVE'", minor)).isEqualTo(1);
        String purgedAt = jdbc.sql("SELECT notes_purged_at FROM clinic_appointment WHERE id = ?").param(minor).query(String.class).single();
        purge();
        assertThat(jdbc.sql("SELECT notes_purged_at FROM clinic_appointment WHERE id = ?").param(minor).query(String.class).single())
                .as("once").isEqualTo(purgedAt);
    }
}
