package org.vigie.scheduling.access;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigie.web.Caller;
import org.vigie.web.ForbiddenException;
import org.vigie.web.Role;
import org.vigie.web.Validation;
import org.vigie.scheduling.Clinic;
import org.vigie.scheduling.ClinicAudit;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.scheduling.people.ClinicDirectory;

/**
 * A clinic user's display preferences (spec §2.17): the time format (R8) and how the agenda is shown (R14). They belong to
 * the person, not to an enterprise, and stay after sign-out; until the person saves their own, the defaults of
 * rules/scheduling apply. The values offered are lists of the pack.
 */
@Service
class DisplayPreferences {
    static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final Preferences preferences;
    private final Clinic clinic;
    private final SchedulingRules rules;
    private final ClinicAudit audit;
    private final ClinicDirectory people;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DisplayPreferences(Preferences preferences, Clinic clinic, SchedulingRules rules, ClinicAudit audit, ClinicDirectory people,
                       TransactionTemplate transactions, Clock clock) {
        this.preferences = preferences;
        this.clinic = clinic;
        this.rules = rules;
        this.audit = audit;
        this.people = people;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The values a user may choose, from the pack's lists. */
    record Offered(List<String> timeFormats, List<String> agendaViews, List<Integer> gridMinutes) {
    }

    record PreferencesView(String timeFormat, String agendaView, int gridMinutes, String displayFrom, String displayUntil,
                           boolean showWeekend, boolean saved, Offered offered) {
    }

    /** R8, R14: the signed-in person's own, or the pack's defaults. */
    PreferencesView current() {
        return current(person());
    }

    /**
     * R8, R14, §9 A24: the fields given replace the person's values, the others keep theirs; every value from the pack's
     * lists, displayFrom before displayUntil, else 400 on the field and nothing saved. Audited in each of the person's
     * enterprises.
     */
    PreferencesView save(PreferencesForm form) {
        SignedInPerson person = person();
        transactions.executeWithoutResult(tx -> {
            Instant now = clock.instant();
            Preferences.Saved values = form.over(preferences.lock(person.id(), defaults(), now));
            Validation validation = new Validation();
            rules.requireInList(validation, "timeFormat", "timeFormats", values.timeFormat(), "display.timeFormat.unknown");
            rules.requireInList(validation, "agendaView", "agendaViews", values.agendaView(), "display.agendaView.unknown");
            rules.requireInList(validation, "gridMinutes", "gridIntervals", String.valueOf(values.gridMinutes()), "display.gridMinutes.unknown");
            requireTimes(validation, values);
            validation.throwIfAny();
            preferences.save(person.id(), values, now);
            // the preferences are the person's: every enterprise where they work keeps the trace in its audit trail
            String details = values.timeFormat() + ", " + values.agendaView() + ", " + values.gridMinutes() + " min, "
                    + HH_MM.format(values.displayFrom()) + "-" + HH_MM.format(values.displayUntil()) + ", weekend " + values.showWeekend();
            for (long enterprise : person.enterprises()) {
                audit.record(person.ramqId(), enterprise, "preferences.edit", "person:" + person.id(), details);
            }
        });
        return current(person);
    }

    private void requireTimes(Validation validation, Preferences.Saved values) {
        LocalTime from = values.displayFrom();
        LocalTime until = values.displayUntil();
        validation.require(from != null, "displayFrom", rules.text("display.from.shape"))
                .require(until != null, "displayUntil", rules.text("display.until.shape"));
        if (from != null && until != null) {
            validation.require(from.isBefore(until), "displayUntil", rules.text("display.until.beforeFrom",
                    Map.of("until", HH_MM.format(until), "from", HH_MM.format(from))));
        }
    }

    /** The signed-in person and the enterprises where they are active; 403 for anyone else (R2, M2). */
    private record SignedInPerson(long id, String ramqId, List<Long> enterprises) {
    }

    private SignedInPerson person() {
        Caller caller = Caller.current();
        if (caller.role() != Role.CLINIC) {
            throw new ForbiddenException(rules.text("display.clinicOnly"));
        }
        List<Long> enterprises = clinic.activeEnterprises(caller.username());
        if (enterprises.isEmpty()) {
            throw new ForbiddenException(rules.message("M2"));
        }
        return new SignedInPerson(people.personId(caller.username()).orElseThrow(), caller.username(), enterprises);
    }

    private PreferencesView current(SignedInPerson person) {
        Offered offered = new Offered(rules.codes("timeFormats"), rules.codes("agendaViews"),
                rules.codes("gridIntervals").stream().map(Integer::valueOf).toList());
        var saved = preferences.of(person.id());
        Preferences.Saved values = saved.orElseGet(this::defaults);
        return new PreferencesView(values.timeFormat(), values.agendaView(), values.gridMinutes(), HH_MM.format(values.displayFrom()),
                HH_MM.format(values.displayUntil()), values.showWeekend(), saved.isPresent(), offered);
    }

    /** The pack's defaults, the values of a person who never saved theirs. */
    private Preferences.Saved defaults() {
        return new Preferences.Saved(rules.defaultCode("timeFormats"), rules.defaultCode("agendaViews"),
                Integer.parseInt(rules.defaultCode("gridIntervals")), LocalTime.parse(rules.value("displayDefaults", "displayFrom")),
                LocalTime.parse(rules.value("displayDefaults", "displayUntil")),
                Boolean.parseBoolean(rules.value("displayDefaults", "showWeekend")));
    }
}
