package org.vigie.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.support.Api;
import org.vigie.web.Sha256;

/**
 * Issue 16, an iCalendar feed per professional agenda: made by whoever may view the agenda (agenda.view), read with no login
 * behind its secret URL, parsed back with ical4j; slots and appointments in the location's zone, no patient's data; revoked.
 */
class AgendaFeedApiIntegrationTests extends ClinicTest {
    /** Two weeks before the spring-forward Sunday of 2027 in Montréal (2027-03-14). */
    static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    Enterprise enterprise;
    Person doctor;
    long professional;
    long service;
    String feeds;

    @BeforeEach
    void aProfessionalAtBothLocationsWithOneService() {
        clock.today(TODAY);
        enterprise = enterprise(false);
        doctor = person("1");
        professional = hire(enterprise, doctor, enterprise.location1(), enterprise.location2());
        var created = api.post(enterprise.admin().login(), professionalPath(enterprise, professional) + "/services",
                Map.of("appointmentType", "MF", "reason", "MINOR_EMERGENCY", "durationMinutes", 15));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        service = created.body().get("id").asLong();
        feeds = professionalPath(enterprise, professional) + "/agenda-feeds";
    }

    long slot(String date, String start, String end, Long location, String visibility) {
        Map<String, Object> body = new HashMap<>(Map.of("date", date, "startTime", start, "endTime", end));
        if (location != null) {
            body.putAll(Map.of("locationId", location, "serviceIds", List.of(service), "visibility", visibility));
        }
        var created = api.post(enterprise.admin().login(), professionalPath(enterprise, professional) + "/slots", body);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    /** No endpoint books yet: the row as the booking module stores it, 10:00 on 2027-03-14 in Montréal (EDT, 14:00Z). */
    long appointment(long location) {
        jdbc.sql("INSERT INTO clinic_appointment (enterprise_id, location_id, professional_id, service_id, local_date, local_start,"
                        + " duration_minutes, starts_at, ends_at, status, created_at) VALUES (?, ?, ?, ?, ?, ?, 15, ?, ?, 'ACTIVE', ?)")
                .params(enterprise.id(), location, professional, service, LocalDate.of(2027, 3, 14), LocalTime.of(10, 0),
                        Timestamp.from(Instant.parse("2027-03-14T14:00:00Z")), Timestamp.from(Instant.parse("2027-03-14T14:15:00Z")),
                        Timestamp.from(Instant.now()))
                .update();
        return jdbc.sql("SELECT MAX(id) FROM clinic_appointment WHERE professional_id = ?").param(professional).query(Long.class).single();
    }

    Api.Response create(Api.Login login, Object body) {
        return api.post(login, feeds, body == null ? "null" : body);
    }

    long feedCount() {
        return count("agenda_feed", "professional_id = ?", professional);
    }

    /** As {@link ClinicTest#person} names them. */
    static String name(Person person) {
        int n = Integer.parseInt(person.ramqId().substring(2));
        return "Prénom" + n + " Nom" + n;
    }

    static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    static VEvent event(Calendar calendar, String uid) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getProperty("UID").map(Property::getValue).orElse("").equals(uid)).findFirst().orElseThrow();
    }

    static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    @Test
    void aFeedReadsWithoutCredentialsAsAnICalendarOfTheSlotsAndAppointmentsInTheLocationsZone() throws Exception {
        long open = slot("2027-03-14", "09:00", "12:00", enterprise.location1(), "PUBLIC");
        long closed = slot("2027-03-15", "13:00", "16:00", enterprise.location2(), "PRIVATE");
        long incomplete = slot("2027-03-16", "08:00", "12:00", null, null);
        long booked = appointment(enterprise.location1());
        var created = create(enterprise.admin().login(), Map.of());
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String token = created.text("/token");
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(created.text("/path")).isEqualTo("/api/public/agenda-feeds/" + token + ".ics");
        assertThat(created.text("/url")).startsWith("http").endsWith(created.text("/path"));
        assertThat(count("agenda_feed", "token_hash = ?", Sha256.hex(token))).as("only the token's SHA-256 is kept").isEqualTo(1);
        assertThat(count("agenda_feed", "token_hash = ?", token)).isZero();
        assertThat(count("clinic_audit", "action = 'agenda.feed.create' AND enterprise_id = ?", enterprise.id())).isEqualTo(1);

        var read = api.get(null, created.text("/path"), Map.of("Accept", "text/calendar"));
        assertThat(read.status()).as(read.raw()).isEqualTo(200);
        assertThat(read.headers().get("content-type").get(0)).isEqualToIgnoringCase("text/calendar;charset=UTF-8");
        assertThat(read.raw()).contains("DTSTART;TZID=America/Montreal:20270314T090000", "DTEND;TZID=America/Montreal:20270314T120000");
        Calendar calendar = parse(read.raw());
        assertThat(calendar.getProperty("VERSION").map(Property::getValue)).hasValue("2.0");
        assertThat(calendar.getProperty("PRODID").map(Property::getValue)).hasValue("-//Vigie//Agendas des cliniques//FR");
        assertThat(calendar.getProperty("X-WR-CALNAME").map(Property::getValue).orElseThrow())
                .isEqualTo("Agenda de " + name(doctor) + " (Clinique du Plateau et Point de service Rosemont)");
        assertThat(calendar.<VTimeZone>getComponents("VTIMEZONE")).extracting(z -> z.getTimeZoneId().getValue())
                .containsExactly("America/Montreal");

        VEvent publicSlot = event(calendar, "slot-" + open + "@vigie");
        assertThat(value(publicSlot, "SUMMARY")).isEqualTo("Plage publique");
        assertThat(value(publicSlot, "LOCATION")).isEqualTo("Clinique du Plateau");
        assertThat(value(publicSlot, "DESCRIPTION")).startsWith("Raisons de consultation : ").hasSizeGreaterThan(26);
        ZonedDateTime start = (ZonedDateTime) publicSlot.getStartDate().orElseThrow().getDate();
        assertThat(start.toInstant()).as("09:00 EDT, after the clocks sprang forward").isEqualTo(Instant.parse("2027-03-14T13:00:00Z"));
        assertThat(value(event(calendar, "slot-" + closed + "@vigie"), "SUMMARY")).isEqualTo("Plage privée");
        assertThat(value(event(calendar, "slot-" + closed + "@vigie"), "LOCATION")).isEqualTo("Point de service Rosemont");
        VEvent incompleteSlot = event(calendar, "slot-" + incomplete + "@vigie");
        assertThat(value(incompleteSlot, "SUMMARY")).isEqualTo("Plage incomplète");
        assertThat(value(incompleteSlot, "LOCATION")).isNull();

        VEvent appointment = event(calendar, "appointment-" + booked + "@vigie");
        assertThat(value(appointment, "SUMMARY")).isEqualTo("Rendez-vous");
        assertThat(appointment.<Property>getProperties().stream().map(Property::getName).toList()).as("a time and a place, nothing of the patient")
                .containsExactlyInAnyOrder("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "LOCATION", "TRANSP");
        assertThat(((ZonedDateTime) appointment.getEndDate().orElseThrow().getDate()).toInstant()).isEqualTo(Instant.parse("2027-03-14T14:15:00Z"));
    }

    @Test
    void theFeedShowsThePacksWindowOfDaysAndAnswersAConditionalReadWith304() throws Exception {
        long early = slot("2027-03-02", "09:00", "12:00", enterprise.location1(), "PUBLIC");
        long late = slot("2028-03-29", "09:00", "12:00", enterprise.location1(), "PUBLIC");
        long beyond = slot("2028-04-03", "09:00", "12:00", enterprise.location1(), "PUBLIC");
        String path = create(enterprise.admin().login(), null).text("/path");
        clock.today(LocalDate.of(2027, 4, 1)); // feed.days.past 30: 2027-03-02 is 30 days back; feed.days.ahead 365: up to 2028-03-31
        var read = api.get(null, path);
        assertThat(parse(read.raw()).<VEvent>getComponents("VEVENT")).extracting(e -> value(e, "UID"))
                .containsExactly("slot-" + early + "@vigie", "slot-" + late + "@vigie").doesNotContain("slot-" + beyond + "@vigie");
        clock.today(LocalDate.of(2027, 4, 2));
        var later = api.get(null, path);
        assertThat(parse(later.raw()).<VEvent>getComponents("VEVENT")).hasSize(1);
        String etag = later.headers().get("etag").get(0);
        assertThat(etag).as("weak: each answer stamps its events anew").startsWith("W/\"");
        assertThat(later.headers().get("cache-control").get(0)).contains("no-cache").contains("private");
        assertThat(api.get(null, path, Map.of("If-None-Match", etag)).status()).isEqualTo(304);
        slot("2027-05-03", "09:00", "12:00", enterprise.location1(), "PUBLIC");
        assertThat(api.get(null, path, Map.of("If-None-Match", etag)).status()).as("a new slot changes the feed").isEqualTo(200);
    }

    @Test
    void aRevokedFeedAndAnUnknownTokenAnswer404() {
        var created = create(doctor.login(), null);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        long id = created.body().get("id").asLong();
        var listed = api.get(doctor.login(), feeds);
        assertThat(listed.body().findValuesAsText("id")).containsExactly(String.valueOf(id));
        assertThat(listed.raw()).doesNotContain(created.text("/token")).doesNotContain("\"token\"");
        assertThat(api.get(null, created.text("/path")).status()).isEqualTo(200);
        assertThat(api.delete(doctor.login(), feeds + "/" + id).status()).isEqualTo(204);
        var gone = api.get(null, created.text("/path"));
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.text("/detail")).isEqualTo("Ce flux d'agenda n'existe pas ou a été révoqué.");
        assertThat(api.get(doctor.login(), feeds).body()).isEmpty();
        assertThat(api.delete(doctor.login(), feeds + "/" + id).status()).as("revoked once").isEqualTo(404);
        assertThat(count("clinic_audit", "action = 'agenda.feed.revoke' AND target = ?", "agendaFeed:" + id)).isEqualTo(1);
        assertThat(api.get(null, "/api/public/agenda-feeds/" + "A".repeat(43) + ".ics").status()).isEqualTo(404);
        var asked = api.get(null, created.text("/path"), Map.of("Accept", "text/calendar"));
        assertThat(asked.status()).as("a calendar application asking for text/calendar still learns why: " + asked.raw()).isEqualTo(404);
        assertThat(asked.text("/detail")).isEqualTo("Ce flux d'agenda n'existe pas ou a été révoqué.");
    }

    @Test
    void aUserWithNoRowOnTheAgendaAndAnotherEnterprisesAdministratorCannotMakeAFeed() {
        Person staff = person(null);
        hire(enterprise, staff, enterprise.location1());
        var refused = create(staff.login(), null);
        assertThat(refused.status()).as(refused.raw()).isEqualTo(403);
        assertThat(refused.text("/detail")).isEqualTo("Votre profil ne permet pas de : consulter un agenda.");
        Enterprise other = enterprise(false);
        assertThat(create(other.admin().login(), null).status()).isEqualTo(404);
        assertThat(create(Api.admin(), null).status()).as("the operator reads agendas, it subscribes to none").isEqualTo(403);
        assertThat(feedCount()).as("nothing written").isZero();
        assertThat(count("clinic_audit", "action = 'agenda.feed.create' AND enterprise_id = ?", enterprise.id())).isZero();
    }

    @Test
    void aUserWithReadAtOneLocationMakesAFeedOfThatLocationOnlyAndLosesItWithTheRow() throws Exception {
        Person staff = person(null);
        long employee = hire(enterprise, staff, enterprise.location1());
        var granted = api.post(enterprise.admin().login(), employeePath(enterprise, employee) + "/permissions",
                Map.of("location", String.valueOf(enterprise.location1()), "professionalId", professional, "access", "READ"));
        assertThat(granted.status()).as(granted.raw()).isEqualTo(201);
        long here = slot("2027-03-14", "09:00", "12:00", enterprise.location1(), "PUBLIC");
        slot("2027-03-14", "13:00", "16:00", enterprise.location2(), "PUBLIC");
        var everywhere = create(staff.login(), null);
        assertThat(everywhere.status()).as("no row at the second location").isEqualTo(403);
        assertThat(feedCount()).isZero();
        var elsewhere = create(staff.login(), Map.of("locationId", enterprise.location1() + 100000));
        assertThat(elsewhere.status()).as(elsewhere.raw()).isEqualTo(404);
        var created = create(staff.login(), Map.of("locationId", enterprise.location1()));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.text("/locationLabel")).isEqualTo("Clinique du Plateau");
        var read = api.get(null, created.text("/path"));
        assertThat(parse(read.raw()).<VEvent>getComponents("VEVENT")).extracting(e -> value(e, "UID")).containsExactly("slot-" + here + "@vigie");
        assertThat(api.get(enterprise.admin().login(), feeds).body().findValuesAsText("createdBy")).as("managers see everyone's")
                .containsExactly(staff.ramqId());
        assertThat(api.delete(doctor.login(), feeds + "/" + created.body().get("id").asLong()).status()).as("not the doctor's feed")
                .isEqualTo(403);
        assertThat(api.delete(enterprise.admin().login(), employeePath(enterprise, employee) + "/permissions/"
                + granted.body().get(0).get("id").asLong()).status()).isEqualTo(200);
        assertThat(api.get(null, created.text("/path")).status()).as("its creator may no longer view the agenda").isEqualTo(404);
    }
}
