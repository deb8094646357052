package org.vigie.scheduling.booking;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.stereotype.Service;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.scheduling.Transactions;
import org.vigie.scheduling.booking.AppointmentView.Warning;
import org.vigie.scheduling.booking.Holds.Hold;
import org.vigie.scheduling.booking.Placing.PlacedPeriod;
import org.vigie.scheduling.people.ClinicDirectory;
import org.vigie.scheduling.people.EmployeeView;
import org.vigie.web.ConflictException;
import org.vigie.web.ForbiddenException;
import org.vigie.web.InvalidRequestException;
import org.vigie.web.NotFoundException;

/**
 * A staff member's hold on the period they are booking (R172, R173, §9 A35): 5 minutes of database time, extended by its holder
 * only in its last 30 seconds and a bounded number of times (the pack's numbers), released by its holder or used up by their
 * booking. A colleague's hold on an overlapping period is a warning (M16), never a refusal: both are held.
 */
@Service
class HoldKeeping {
    private final Holds holds;
    private final Placing placing;
    private final BookingAccess access;
    private final ClinicDirectory people;
    private final SchedulingRules rules;
    private final Transactions transactions;
    private final BookingSlots agendas;

    HoldKeeping(Holds holds, Placing placing, BookingAccess access, ClinicDirectory people, SchedulingRules rules, Transactions transactions,
                BookingSlots agendas) {
        this.agendas = agendas;
        this.holds = holds;
        this.placing = placing;
        this.access = access;
        this.people = people;
        this.rules = rules;
        this.transactions = transactions;
    }

    @Schema(example = "{\"professionalId\": 12, \"locationId\": 3, \"date\": \"2026-12-14\", \"time\": \"09:15\", \"durationMinutes\": 15}")
    record HoldForm(@Schema(requiredMode = REQUIRED) Long professionalId, Long locationId, @Schema(requiredMode = REQUIRED) LocalDate date,
                    @Schema(requiredMode = REQUIRED, type = "string", example = "09:15") @JsonFormat(pattern = "HH:mm") LocalTime time,
                    @Schema(requiredMode = REQUIRED) Integer durationMinutes) {
    }

    /** A hold: when it expires (database time), from when its holder may extend it (M16b then), how many extensions are left. */
    record HoldView(long id, Instant expiresAt, Instant extensionFrom, int extensionsLeft, String extensionMessage, List<Warning> warnings) {
    }

    HoldView place(Actor actor, HoldForm form) {
        return transactions.run(() -> {
            EmployeeView professional = access.professional(actor, form.professionalId());
            access.requireSomewhere(actor, BookingAccess.MANAGE, professional);
            agendas.lockAgenda(professional.id()); // a colleague's hold of the same period, placed at once, is seen (M16)
            // R255: an LCGA holds on its location's agendas only, named or not
            Long locationId = form.locationId() == null && actor.isLcga() ? (Long) actor.lcga().locationId() : form.locationId();
            PlacedPeriod p = placing.hold(actor.enterpriseId(), professional, locationId, form.date(), form.time(), form.durationMinutes());
            if (p.location() != null) {
                access.require(actor, BookingAccess.MANAGE, p.locationId(), professional.id());
            }
            List<Warning> warnings = colleagues(actor, professional.id(), p);
            long id = holds.insert(actor.enterpriseId(), p.location() == null ? null : p.locationId(), professional.id(), p.date(), p.time(),
                    p.durationMinutes(), p.startsAt(), p.endsAt(), actor.employeeId(), actor.isLcga() ? actor.lcga().linkId() : null,
                    seconds("hold.duration") * 60);
            return view(holds.lock(actor.enterpriseId(), id).orElseThrow(), warnings);
        });
    }

    /** R173: only the holder, only in the last seconds of the window, at most the pack's number of times. */
    HoldView extend(Actor actor, long holdId) {
        return transactions.run(() -> {
            // the agenda's lock first, as a colleague's hold takes it: the hold is then judged by a statement that starts once the
            // lock is ours (UTC_TIMESTAMP is a statement's start), so a hold a colleague found expired is never extended after
            holds.professionalOf(actor.enterpriseId(), holdId).ifPresent(agendas::lockAgenda);
            Hold hold = holdersOwn(actor, holdId);
            if (!hold.active()) {
                throw new ConflictException("hold.notActive", rules.text("hold.notActive"));
            }
            long window = seconds("hold.extension.window");
            if (hold.secondsLeft() > window) {
                throw new ConflictException("hold.extension.early", rules.text("hold.extension.early", Map.of("seconds", window)));
            }
            long maximum = seconds("hold.extension.maximum");
            if (hold.extensions() >= maximum) {
                throw new ConflictException("hold.extension.exhausted", rules.text("hold.extension.exhausted", Map.of("maximum", maximum)));
            }
            holds.extend(holdId, seconds("hold.duration") * 60);
            return view(holds.lock(actor.enterpriseId(), holdId).orElseThrow(), List.of());
        });
    }

    void release(Actor actor, long holdId) {
        transactions.run(() -> {
            holdersOwn(actor, holdId);
            holds.release(holdId);
            return null;
        });
    }

    /** The caller's active hold on exactly this period, locked, for their booking to use up (in its transaction). */
    Hold usable(Actor actor, long holdId, long professionalId, PlacedPeriod p) {
        Hold hold = held(actor, holdId, () -> new InvalidRequestException("holdId", rules.text("hold.notActive")),
                () -> new InvalidRequestException("holdId", rules.text("hold.notHolder")));
        if (!hold.active()) {
            throw new InvalidRequestException("holdId", rules.text("hold.notActive"));
        }
        if (hold.professionalId() != professionalId || !hold.startsAt().equals(p.startsAt()) || hold.durationMinutes() != p.durationMinutes()) {
            throw new InvalidRequestException("holdId", rules.text("hold.otherPeriod"));
        }
        return hold;
    }

    /** M16: colleagues actively hold a period of the professional overlapping this one. */
    List<Warning> colleagues(Actor actor, long professionalId, PlacedPeriod p) {
        if (holds.othersHolding(professionalId, p.startsAt(), p.endsAt(), actor.employeeId() == null ? -1 : actor.employeeId(),
                actor.isLcga() ? actor.lcga().linkId() : -1).isEmpty()) {
            return List.of();
        }
        String professional = people.name(professionalId).map(ClinicDirectory.PersonName::full).orElse("");
        return List.of(new Warning("M16", rules.text("message.M16", Map.of("professional", professional, "date", p.date(), "time", p.time()))));
    }

    /** The caller's own hold, locked, whatever its state: 404 when there is none, 403 when it is a colleague's. */
    private Hold holdersOwn(Actor actor, long holdId) {
        return held(actor, holdId, () -> new NotFoundException(rules.text("booking.hold.notFound", Map.of("id", String.valueOf(holdId)))),
                () -> new ForbiddenException(rules.text("hold.notHolder")));
    }

    /** The hold locked, if it is the caller's; {@code missing} or {@code notHolder} thrown otherwise (a booking answers both 400). */
    private Hold held(Actor actor, long holdId, Supplier<RuntimeException> missing, Supplier<RuntimeException> notHolder) {
        Hold hold = holds.lock(actor.enterpriseId(), holdId).orElseThrow(missing);
        if (!holds(actor, hold)) {
            throw notHolder.get();
        }
        return hold;
    }

    /** Whether the actor holds it: the employee who took it, or the LCGA link that did (R255). */
    private static boolean holds(Actor actor, Hold hold) {
        return actor.isLcga() ? Objects.equals(hold.holderLcgaLinkId(), actor.lcga().linkId())
                : actor.employeeId() != null && Objects.equals(hold.holderEmployeeId(), actor.employeeId());
    }

    private HoldView view(Hold hold, List<Warning> warnings) {
        long window = seconds("hold.extension.window");
        int left = (int) Math.max(0, seconds("hold.extension.maximum") - hold.extensions());
        return new HoldView(hold.id(), hold.expiresAt(), hold.expiresAt().minusSeconds(window), left, rules.message("M16b"), warnings);
    }

    private long seconds(String number) {
        return Math.round(rules.today().number(number));
    }
}
