package org.vigie.scheduling.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.web.Bodies;
import org.vigie.web.Caller;
import org.vigie.web.ForbiddenException;
import org.vigie.web.Role;
import org.vigie.web.Validation;
import org.vigie.scheduling.Clinic;
import org.vigie.scheduling.ClinicAudit;
import org.vigie.scheduling.SchedulingRules;

/**
 * A clinic user's display preferences (spec §2.17): the time format (R8) and how the agenda is
 * shown (R14). They belong to the person, not to an enterprise, and stay after sign-out; until the
 * person saves their own, the defaults of rules/scheduling apply. The values offered are lists of
 * the pack.
 */
@RestController
@Tag(name = "Clinic scheduling", description = "Enterprises, locations, employees, profiles, permissions, services (RVSQ, clinic side)")
class Preferences {
    private static final String PATH = "/api/clinic/preferences";
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clinic clinic;
    private final SchedulingRules rules;
    private final ClinicAudit audit;
    private final Clock clock;

    Preferences(JdbcClient jdbc, TransactionTemplate transactions, Clinic clinic, SchedulingRules rules, ClinicAudit audit, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clinic = clinic;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /** The values a user may choose, from the pack's lists. */
    record Offered(List<String> timeFormats, List<String> agendaViews, List<Integer> gridMinutes) {
    }

    record PreferencesView(String timeFormat, String agendaView, int gridMinutes, String displayFrom, String displayUntil,
                           boolean showWeekend, boolean saved, Offered offered) {
    }

    record PreferencesForm(String timeFormat, String agendaView, Integer gridMinutes, String displayFrom, String displayUntil,
                           Boolean showWeekend) {
    }

    @GetMapping(PATH)
    @Operation(summary = "The signed-in clinic user's display preferences, the same in every enterprise and kept after sign-out: time "
            + "format H24 or AM_PM (R8), agenda view DAY, WEEK or NEXT_DAYS, grid interval in minutes, hours displayed from and until "
            + "(HH:mm), Saturdays and Sundays shown or not (R14); saved=false while the defaults of rules/scheduling apply. Clinic users only")
    PreferencesView get() {
        return current(person());
    }

    @PutMapping(PATH)
    @Operation(summary = "The signed-in clinic user saves their display preferences (R8, R14); a field left out keeps its current value. "
            + "Values come from the lists of rules/scheduling (grid intervals: our reading, §9 A24); displayFrom is before displayUntil. "
            + "A bad value is refused naming the field, and nothing is saved. Clinic users only")
    PreferencesView put(@RequestBody PreferencesForm body) {
        PreferencesForm form = Bodies.required(body);
        SignedInPerson person = person();
        PreferencesView before = current(person);
        String timeFormat = form.timeFormat() == null ? before.timeFormat() : form.timeFormat();
        String agendaView = form.agendaView() == null ? before.agendaView() : form.agendaView();
        int gridMinutes = form.gridMinutes() == null ? before.gridMinutes() : form.gridMinutes();
        boolean showWeekend = form.showWeekend() == null ? before.showWeekend() : form.showWeekend();
        LocalTime from = form.displayFrom() == null ? LocalTime.parse(before.displayFrom()) : time(form.displayFrom());
        LocalTime until = form.displayUntil() == null ? LocalTime.parse(before.displayUntil()) : time(form.displayUntil());
        Validation validation = new Validation();
        rules.requireKnown(validation, "timeFormat", "timeFormats", timeFormat, "Format d'affichage des heures inconnu");
        rules.requireKnown(validation, "agendaView", "agendaViews", agendaView, "Vue inconnue");
        rules.requireKnown(validation, "gridMinutes", "gridIntervals", String.valueOf(gridMinutes), "Intervalle en minutes inconnu")
                .require(from != null, "displayFrom", "L'heure « à partir de » s'écrit HH:mm (par exemple 08:00).")
                .require(until != null, "displayUntil", "L'heure « jusqu'à » s'écrit HH:mm (par exemple 17:00).");
        if (from != null && until != null) {
            validation.require(from.isBefore(until), "displayUntil", "L'heure « jusqu'à » (" + HH_MM.format(until)
                    + ") doit suivre l'heure « à partir de » (" + HH_MM.format(from) + ").");
        }
        validation.throwIfAny();
        transactions.executeWithoutResult(tx -> {
            // one person's saves one after the other, so two first saves cannot both insert
            jdbc.sql("SELECT id FROM ramq_person WHERE id = ? FOR UPDATE").param(person.id()).query(Long.class).single();
            int updated = jdbc.sql("UPDATE clinic_user_preferences SET time_format = ?, agenda_view = ?, grid_minutes = ?, display_from = ?,"
                            + " display_until = ?, show_weekend = ?, updated_at = ? WHERE person_id = ?")
                    .params(timeFormat, agendaView, gridMinutes, from, until, showWeekend, Timestamp.from(clock.instant()), person.id())
                    .update();
            if (updated == 0) {
                jdbc.sql("INSERT INTO clinic_user_preferences (person_id, time_format, agenda_view, grid_minutes, display_from, display_until,"
                                + " show_weekend, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(person.id(), timeFormat, agendaView, gridMinutes, from, until, showWeekend, Timestamp.from(clock.instant()))
                        .update();
            }
            // the preferences are the person's: every enterprise where they work keeps the trace in its audit trail
            String details = timeFormat + ", " + agendaView + ", " + gridMinutes + " min, " + HH_MM.format(from) + "-" + HH_MM.format(until)
                    + ", weekend " + showWeekend;
            for (long enterprise : person.enterprises()) {
                audit.record(person.ramqId(), enterprise, "preferences.edit", "person:" + person.id(), details);
            }
        });
        return current(person);
    }

    /** The signed-in person and the enterprises where they are active; 403 for anyone else (R2, M2). */
    private record SignedInPerson(long id, String ramqId, List<Long> enterprises) {
    }

    private SignedInPerson person() {
        Caller caller = Caller.current();
        if (caller.role() != Role.CLINIC) {
            throw new ForbiddenException("Les préférences d'affichage sont celles des utilisateurs des cliniques.");
        }
        List<Long> enterprises = clinic.activeEnterprises(caller.username());
        if (enterprises.isEmpty()) {
            throw new ForbiddenException(rules.message("M2"));
        }
        long id = jdbc.sql("SELECT id FROM ramq_person WHERE ramq_id = ?").param(caller.username()).query(Long.class).single();
        return new SignedInPerson(id, caller.username(), enterprises);
    }

    private PreferencesView current(SignedInPerson person) {
        Offered offered = new Offered(rules.codes("timeFormats"), rules.codes("agendaViews"),
                rules.codes("gridIntervals").stream().map(Integer::valueOf).toList());
        return jdbc.sql("SELECT time_format, agenda_view, grid_minutes, display_from, display_until, show_weekend FROM clinic_user_preferences"
                        + " WHERE person_id = ?")
                .param(person.id())
                .query((rs, n) -> new PreferencesView(rs.getString(1), rs.getString(2), rs.getInt(3),
                        HH_MM.format(rs.getObject(4, LocalTime.class)), HH_MM.format(rs.getObject(5, LocalTime.class)), rs.getBoolean(6), true,
                        offered))
                .optional()
                .orElseGet(() -> new PreferencesView(rules.defaultCode("timeFormats"), rules.defaultCode("agendaViews"),
                        Integer.parseInt(rules.defaultCode("gridIntervals")), rules.value("displayDefaults", "displayFrom"),
                        rules.value("displayDefaults", "displayUntil"), Boolean.parseBoolean(rules.value("displayDefaults", "showWeekend")),
                        false, offered));
    }

    /** HH:mm (two digits each), or null when the text is not a time of day. */
    private static LocalTime time(String text) {
        if (!text.matches("([01]\\d|2[0-3]):[0-5]\\d")) {
            return null;
        }
        return LocalTime.parse(text, HH_MM);
    }
}
