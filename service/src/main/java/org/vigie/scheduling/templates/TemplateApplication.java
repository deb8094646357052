package org.vigie.scheduling.templates;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonFormat;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.scheduling.Weeks;
import org.vigie.scheduling.availability.SlotBatches;
import org.vigie.scheduling.availability.WeekSlot;
import org.vigie.scheduling.offering.OfferedServices;
import org.vigie.scheduling.people.ClinicDirectory;
import org.vigie.scheduling.people.EmployeeView;
import org.vigie.web.InvalidRequestException;
import org.vigie.web.Languages;
import org.vigie.web.NotFoundException;

/**
 * Applies a template to a professional's displayed week and the next X weeks (guide §3.4.8, R154-R161), all or none, through
 * availability's {@link SlotBatches} (the professional's lock, slots that would have ended refused: R158; exact duplicates
 * refused: §9 A7). Each template service becomes the professional's own active service of the same type, reason and duration
 * (§9 A10), else M15 (R157). Each slot's date is its week's Sunday plus its day, its times read on that date in the location's
 * zone ({@link Weeks#instant}: 09:00 stays 09:00 across a clock change); its « À partir de » is that date less the days before,
 * at the opening time (R160, §9 A9: already past, public at once). Appointments are never touched (R159). A dry run is the
 * preview (R161): what would be created, duplicates and overlaps, nothing saved.
 */
@Component
class TemplateApplication {
    private final Templates templates;
    private final TemplateAccess access;
    private final SlotBatches batches;
    private final OfferedServices offering;
    private final ClinicDirectory people;
    private final SchedulingRules rules;

    TemplateApplication(Templates templates, TemplateAccess access, SlotBatches batches, OfferedServices offering, ClinicDirectory people,
                        SchedulingRules rules) {
        this.templates = templates;
        this.access = access;
        this.batches = batches;
        this.offering = offering;
        this.people = people;
        this.rules = rules;
    }

    /** What an application did (or, in a dry run, would do), week by week. */
    record Applied(long templateId, @Schema(description = "The weeks it was applied to, by their Sunday") List<LocalDate> weeks,
                   @Schema(description = "True when nothing was saved (the preview, R161)") boolean dryRun,
                   @Schema(description = "How many slots were (or would be) created") int count, List<WeekSlot> created,
                   @Schema(description = "Existing slots identical to one to create: the application is refused (409) while there is one")
                   List<WeekSlot> duplicates,
                   @Schema(description = "Existing, different slots a new one overlaps: allowed (§9 A7)") List<WeekSlot> overlaps,
                   @Schema(description = "Template slots that do not happen on their date: all their hours fall in the hour skipped at "
                           + "the spring clock change") List<Skipped> skipped) {
    }

    record Skipped(LocalDate date, @JsonFormat(pattern = "HH:mm") LocalTime startTime, @JsonFormat(pattern = "HH:mm") LocalTime endTime,
                   String reason) {
    }

    @Transactional
    Applied apply(Actor actor, long professionalId, LocalDate sunday, ApplyForm form, boolean dryRun) {
        Weeks.Week.named(sunday);
        if (form.templateId() == null) {
            throw new InvalidRequestException("templateId", rules.text("template.apply.templateRequired"));
        }
        int maximum = (int) rules.today().number("template.apply.weeks.maximum");
        int next = form.nextWeeks() == null ? 0 : form.nextWeeks();
        if (next < 0 || next > maximum) { // R156
            throw new InvalidRequestException("nextWeeks", rules.text("template.apply.nextWeeks", Map.of("maximum", maximum)));
        }
        EmployeeView professional = people.employee(actor.enterpriseId(), professionalId);
        if (!professional.healthProfessional()) {
            throw new InvalidRequestException("professionalId", rules.text("slot.notAProfessional"));
        }
        Template template = templates.find(actor.enterpriseId(), form.templateId(), false)
                .orElseThrow(() -> new NotFoundException(rules.text("template.notFound", Map.of("template", String.valueOf(form.templateId())))));
        access.requireApply(actor, template.locationId(), professionalId); // R154
        if (!professional.workLocations().contains(template.locationId()) || !template.professionalIds().contains(professionalId)) { // R155
            throw new InvalidRequestException("templateId", rules.text("template.apply.notOffered", Map.of("name", template.name(),
                    "professional", professional.firstName() + " " + professional.lastName())));
        }
        Map<Long, Long> services = ServiceMatching.map(template, offering.active(actor.enterpriseId(), professionalId), missing -> {
            throw new InvalidRequestException("templateId", rules.text("message.M15", Map.of("professional",
                    professional.firstName() + " " + professional.lastName(), "service", reasonLabel(missing.reason()),
                    "type", missing.appointmentType(), "duration", missing.durationMinutes())));
        });
        ZoneId zone = people.zone(template.locationId());
        List<SlotBatches.NewSlot> slots = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        List<LocalDate> weeks = new ArrayList<>();
        for (int k = 0; k <= next; k++) {
            Weeks.Week week = new Weeks.Week(sunday).plusWeeks(k);
            weeks.add(week.sunday());
            for (Template.TemplateSlot s : template.slots()) {
                LocalDate date = week.sunday().plusDays(s.dayIndex());
                if (!Weeks.instant(date, s.startTime(), zone).isBefore(Weeks.instant(date, s.endTime(), zone))) {
                    skipped.add(new Skipped(date, s.startTime(), s.endTime(), rules.text("template.apply.skipped")));
                    continue;
                }
                LocalDateTime publishFrom = s.publishDaysBefore() == null ? null
                        : date.minusDays(s.publishDaysBefore()).atTime(s.publishTime()); // R160
                slots.add(new SlotBatches.NewSlot(date, s.startTime(), s.endTime(), template.locationId(), "PUBLIC".equals(s.visibility()),
                        publishFrom, s.services().stream().map(x -> services.get(x.serviceId())).distinct().toList()));
            }
        }
        SlotBatches.SlotBatch batch = batches.create(actor, professionalId, slots, dryRun, "template.apply",
                // French on purpose: an audit entry is written once and read by anyone (the clinic, RAMQ), as its older entries are
                "template:" + template.id() + " « " + template.name() + " », " + weeks.size() + " semaine(s) dès le " + sunday, "sunday");
        skipped.sort(Comparator.comparing(Skipped::date).thenComparing(Skipped::startTime));
        return new Applied(template.id(), weeks, batch.dryRun(), batch.count(), batch.created(), batch.duplicates(), batch.overlaps(), skipped);
    }

    /** The reason's label in the caller's language (French when the pack gives no other). */
    private String reasonLabel(String reason) {
        String language = Languages.current();
        return rules.pack().parameters().item("reasons", reason)
                .map(r -> r.label(language)).orElse(reason);
    }
}
