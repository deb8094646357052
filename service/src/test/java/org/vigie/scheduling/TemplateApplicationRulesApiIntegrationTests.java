package org.vigie.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Applying a schedule template to a professional's weeks (guide §3.4.8, R154-R161, §9 A7, A9, A10, A23) through the API, on
 * the movable clock: today is Wednesday 2027-03-03 in Montréal; the spring-forward Sunday is 2027-03-14, the fall-back one 2027-11-07.
 */
class TemplateApplicationRulesApiIntegrationTests extends TemplateTest {

    long mondayMorning() {
        return created(template("Lundi matin", List.of(professional, otherProfessional), slot("MONDAY", "09:00", "12:00", service)));
    }

    @Test
    void R154_aUserWithReadOnlyMayNotApplyATemplateAndOneWithWriteAccessMay() {
        long id = mondayMorning();
        var refused = apply(staffWith("READ", professional).login(), professional, "2027-03-07", id, 0, false);
        refused(refused, 403, null, "Votre profil ne permet pas de : appliquer un modèle d'horaire à l'agenda de ce professionnel à ce lieu.");
        assertThat(slotCount(professional)).as("nothing written").isZero();
        var applied = apply(staffWith("READ_WRITE", professional).login(), professional, "2027-03-07", id, 0, false);
        assertThat(applied.status()).as(applied.raw()).isEqualTo(201);
        assertThat(apply(doctor.login(), professional, "2027-03-14", id, 0, false).status()).as("their own agenda").isEqualTo(201);
        assertThat(slotCount(professional)).isEqualTo(2);
        assertThat(count("clinic_audit", "action = 'template.apply' AND enterprise_id = ?", enterprise.id())).isEqualTo(2);
    }

    @Test
    void R155_aTemplateAppliesOnlyToItsOwnProfessionalsAtItsLocation() {
        long onlyTheDoctor = created(template("Docteur seul", List.of(professional), slot("MONDAY", "09:00", "12:00", service)));
        refused(apply(enterprise.admin().login(), otherProfessional, "2027-03-07", onlyTheDoctor, 0, false), 400, "templateId",
                "Le modèle «\u00a0Docteur seul\u00a0» n'est pas offert pour " + name(colleague) + " : il est d'un lieu où ce professionnel ne "
                        + "travaille pas, ou ne le compte pas parmi ses professionnels.");
        long elsewhere = hire(enterprise, person("1"), enterprise.location2());
        var notThere = apply(enterprise.admin().login(), elsewhere, "2027-03-07", onlyTheDoctor, 0, false);
        assertThat(notThere.status()).as(notThere.raw()).isEqualTo(400);
        assertThat(slotCount(otherProfessional) + slotCount(elsewhere)).as("nothing written").isZero();
    }

    @Test
    void R156_aTemplateAppliesToTheWeekAndUpTo52NextWeeks() {
        long id = mondayMorning();
        refused(apply(enterprise.admin().login(), professional, "2027-03-07", id, 53, false), 400, "nextWeeks",
                "Un modèle s'applique aussi à au plus 52 semaines prochaines (de 0 à 52).");
        assertThat(slotCount(professional)).as("nothing written").isZero();
        var applied = apply(enterprise.admin().login(), professional, "2027-03-07", id, 2, false);
        assertThat(applied.status()).as(applied.raw()).isEqualTo(201);
        assertThat(applied.body().get("weeks").toString()).isEqualTo("[\"2027-03-07\",\"2027-03-14\",\"2027-03-21\"]");
        assertThat(applied.body().get("created").findValuesAsText("date")).containsExactly("2027-03-08", "2027-03-15", "2027-03-22");
        var notSunday = apply(enterprise.admin().login(), professional, "2027-03-08", id, 0, false);
        assertThat(notSunday.status()).as(notSunday.raw()).isEqualTo(400);
        assertThat(notSunday.text("/errors/0/field")).isEqualTo("sunday");
    }

    @Test
    void R157_M15_A10_eachTemplateServiceBecomesTheProfessionalsOwnMatchingServiceElseM15() {
        long id = created(template("Du collègue", List.of(professional, otherProfessional), slot("MONDAY", "09:00", "12:00", colleagueService)));
        var applied = apply(enterprise.admin().login(), professional, "2027-03-07", id, 0, false);
        assertThat(applied.status()).as(applied.raw()).isEqualTo(201);
        long slot = applied.body().at("/created/0/id").asLong();
        assertThat(jdbc.sql("SELECT service_id FROM availability_slot_service WHERE slot_id = ?").param(slot).query(Long.class).list())
                .as("the professional's own service of the same type, reason and duration").containsExactly(service);
        long priority = service(otherProfessional, "MF", "PRIORITY_CONSULTATION", 15);
        long other = created(template("Prioritaire", List.of(professional, otherProfessional), slot("TUESDAY", "09:00", "12:00", priority)));
        refused(apply(enterprise.admin().login(), professional, "2027-03-07", other, 3, false), 400, "templateId",
                "Le modèle ne peut être appliqué : " + name(doctor) + " n'offre pas le service «\u00a0Consultation prioritaire\u00a0» (MF, 15 minutes)"
                        + " du modèle.");
        assertThat(slotCount(professional)).as("nothing more written").isEqualTo(1);
        var deleted = api.delete(enterprise.admin().login(), professionalPath(enterprise, otherProfessional) + "/services/" + colleagueService
                + "?confirmed=true");
        assertThat(deleted.status()).as("no slot offers it: " + deleted.raw()).isEqualTo(200);
        var colleagues = apply(enterprise.admin().login(), otherProfessional, "2027-03-21", id, 0, false);
        assertThat(colleagues.status()).as("a deleted service is not offered: " + colleagues.raw()).isEqualTo(400);
        assertThat(slotCount(otherProfessional)).as("nothing written").isZero();
        assertThat(apply(enterprise.admin().login(), professional, "2027-03-21", id, 0, false).status())
                .as("the template outlives the service it was built from").isEqualTo(201);
    }

    @Test
    void R158_aTemplateWhoseSlotWouldAlreadyHaveEndedIsRefusedWhole() {
        long id = created(template("Lundi et vendredi", List.of(professional), slot("MONDAY", "09:00", "12:00", service),
                slot("FRIDAY", "09:00", "12:00", service)));
        var refused = apply(enterprise.admin().login(), professional, "2027-02-28", id, 1, false);
        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(refused.text("/errors/0/field")).isEqualTo("sunday");
        assertThat(refused.text("/errors/0/message")).startsWith("La plage du ").endsWith(" serait déjà terminée : aucune plage n'a été créée.");
        assertThat(slotCount(professional)).as("nothing written, not even Friday's or next week's").isZero();
    }

    @Test
    void R159_appointmentsInTheWeeksAreUntouched() {
        Instant starts = Instant.parse("2027-03-08T14:30:00Z");
        jdbc.sql("INSERT INTO clinic_appointment (enterprise_id, location_id, professional_id, service_id, local_date, local_start,"
                        + " duration_minutes, starts_at, ends_at, status, created_at) VALUES (?, ?, ?, ?, '2027-03-08', '09:30:00', 15, ?, ?, 'ACTIVE', ?)")
                .params(enterprise.id(), enterprise.location2(), professional, service, Timestamp.from(starts),
                        Timestamp.from(starts.plusSeconds(900)), Timestamp.from(Instant.now())).update();
        String before = appointments();
        var applied = apply(enterprise.admin().login(), professional, "2027-03-07", mondayMorning(), 0, false);
        assertThat(applied.status()).as(applied.raw()).isEqualTo(201);
        assertThat(appointments()).as("the out-of-slot appointment at another location, now covered, is unchanged").isEqualTo(before);
    }

    String appointments() {
        return String.join("; ", jdbc.sql("SELECT CONCAT(id, ' ', location_id, ' ', local_date, ' ', local_start, ' ', starts_at, ' ', status)"
                + " FROM clinic_appointment WHERE professional_id = ? ORDER BY id").param(professional).query(String.class).list());
    }

    @Test
    void R160_A9_aPublicSlotOpensTheDaysBeforeAtTheOpeningTimeAndAtOnceWhenThatIsPast() {
        long id = created(template("Publique", List.of(professional), publicSlot("MONDAY", "09:00", "12:00", 7, "08:00", service)));
        var applied = apply(enterprise.admin().login(), professional, "2027-03-07", id, 2, false);
        assertThat(applied.status()).as(applied.raw()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT CONCAT(local_date, ' ', visibility, ' ', COALESCE(publish_from, 'now')) FROM availability_slot"
                + " WHERE professional_id = ? ORDER BY local_date").param(professional).query(String.class).list()).containsExactly(
                "2027-03-08 PUBLIC now", // 2027-03-01 08:00 is past: public at once
                "2027-03-15 PUBLIC 2027-03-08 13:00:00.000", // 08:00 EST
                "2027-03-22 PUBLIC 2027-03-15 12:00:00.000"); // 08:00 EDT
    }

    @Test
    void R161_A7_theDryRunIsThePreviewListingDuplicatesAndOverlapsAndSavingNothing() {
        long id = mondayMorning();
        var other = api.post(enterprise.admin().login(), professionalPath(enterprise, professional) + "/slots", Map.of("date", "2027-03-15",
                "startTime", "11:00", "endTime", "13:00"));
        assertThat(other.status()).as(other.raw()).isEqualTo(201);
        var preview = apply(enterprise.admin().login(), professional, "2027-03-07", id, 1, true);
        assertThat(preview.status()).as(preview.raw()).isEqualTo(200);
        assertThat(preview.body().get("dryRun").asBoolean()).isTrue();
        assertThat(preview.body().get("count").asInt()).isEqualTo(2);
        assertThat(preview.body().get("created").findValuesAsText("startTime")).containsExactly("09:00", "09:00");
        assertThat(preview.body().get("overlaps").findValuesAsText("startTime")).containsExactly("11:00");
        assertThat(slotCount(professional)).as("a dry run saves nothing").isEqualTo(1);
        assertThat(apply(enterprise.admin().login(), professional, "2027-03-07", id, 0, false).status()).isEqualTo(201);
        var again = apply(enterprise.admin().login(), professional, "2027-03-07", id, 1, true);
        assertThat(again.body().get("duplicates").findValuesAsText("date")).containsExactly("2027-03-08");
        var refused = apply(enterprise.admin().login(), professional, "2027-03-07", id, 1, false);
        refused(refused, 409, null, "1 plage existe déjà à l'identique, dont celle du 8 mars 2027 de 9 h à 12 h : aucune plage n'a été créée.");
        assertThat(slotCount(professional)).as("nothing more written, not even next week's").isEqualTo(2);
    }

    /** Weeks.instant: 01:30 EST is 06:30Z, 03:30 EDT is 07:30Z; a slot wholly in the skipped hour does not happen that night. */
    @Test
    void A23_aTemplateSlotOverTheSpringForwardNightKeepsItsClockTimesAndLastsOneHour() {
        long id = created(template("Nuit", List.of(professional), slot("SUNDAY", "01:30", "03:30", service), slot("SUNDAY", "02:15", "02:45", service)));
        var applied = apply(enterprise.admin().login(), professional, "2027-03-14", id, 1, false);
        assertThat(applied.status()).as(applied.raw()).isEqualTo(201);
        assertThat(applied.body().get("created").findValuesAsText("startsAt")).containsExactly("2027-03-14T06:30:00Z", "2027-03-21T05:30:00Z",
                "2027-03-21T06:15:00Z");
        assertThat(applied.text("/created/0/endsAt")).isEqualTo("2027-03-14T07:30:00Z");
        assertThat(applied.body().get("skipped").findValuesAsText("date")).containsExactly("2027-03-14");
        assertThat(applied.text("/skipped/0/reason"))
                .isEqualTo("Cette plage n'a pas lieu ce jour-là : toutes ses heures tombent dans l'heure sautée au passage à l'heure avancée.");
        assertThat(jdbc.sql("SELECT CONCAT(local_date, ' ', local_start, '-', local_end) FROM availability_slot WHERE professional_id = ?"
                + " ORDER BY starts_at").param(professional).query(String.class).list()).containsExactly("2027-03-14 01:30:00-03:30:00",
                "2027-03-21 01:30:00-03:30:00", "2027-03-21 02:15:00-02:45:00");
    }

    @Test
    void A23_aTemplateAppliedAcrossBothClockChangesKeeps0900At0900Local() {
        long id = mondayMorning();
        assertThat(apply(enterprise.admin().login(), professional, "2027-03-07", id, 1, false).status()).isEqualTo(201);
        assertThat(apply(enterprise.admin().login(), professional, "2027-10-31", id, 1, false).status()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT CONCAT(local_date, ' ', local_start, ' ', starts_at) FROM availability_slot WHERE professional_id = ?"
                + " ORDER BY starts_at").param(professional).query(String.class).list()).containsExactly(
                "2027-03-08 09:00:00 2027-03-08 14:00:00.000", "2027-03-15 09:00:00 2027-03-15 13:00:00.000",
                "2027-11-01 09:00:00 2027-11-01 13:00:00.000", "2027-11-08 09:00:00 2027-11-08 14:00:00.000");
    }

    static String name(Person person) {
        int n = Integer.parseInt(person.ramqId().substring(2));
        return "Prénom" + n + " Nom" + n;
    }
}
