package org.vigie.scheduling.templates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.vigie.rules.facts.ProposedServiceGroup;
import org.vigie.rules.facts.ProposedSlot;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.scheduling.offering.OfferedServices;
import org.vigie.scheduling.people.ClinicDirectory.ProfessionalAtLocation;
import org.vigie.web.InvalidRequestException;
import org.vigie.web.Validation;

/**
 * What a template may hold (guide §3.8.1): a name (R151), professions among the pack's classes (R149), professionals of those
 * professions working at its location on whom the author may write (R150), and slots (R143, R145-R147). Which combinations a
 * slot may hold are the slot rules of rules/scheduling, on a {@link ProposedSlot} marked template: always at the template's
 * location, so services and type are always set (our reading: a template slot is complete).
 */
@Component
class TemplateChecks {
    static final int NAME_LENGTH = 100; // the column's

    private final TemplateAccess access;
    private final OfferedServices offering;
    private final SchedulingRules rules;

    TemplateChecks(TemplateAccess access, OfferedServices offering, SchedulingRules rules) {
        this.access = access;
        this.offering = offering;
        this.rules = rules;
    }

    /** A template's content, checked. */
    record Content(String name, List<String> professions, List<Long> professionalIds, List<Template.TemplateSlot> slots) {
    }

    /**
     * The checked content, or a 400 naming each refused field. {@code kept}: the professionals already on the template, kept
     * on a change without the author's write permission (another author added them with theirs).
     */
    Content check(Actor actor, long locationId, TemplateForm form, Set<Long> kept) {
        Validation v = new Validation();
        String name = form.name() == null ? "" : form.name().trim();
        v.require(!name.isEmpty(), "name", rules.text("template.name.required")).maxLength("name", name, NAME_LENGTH);
        List<String> professions = form.professions() == null ? List.of() : form.professions().stream().distinct().toList();
        String classes = String.join(", ", rules.codes("practiceClasses"));
        v.require(!professions.isEmpty(), "professions", rules.text("template.professions.required", Map.of("codes", classes)));
        for (int i = 0; i < professions.size(); i++) { // R149
            String code = professions.get(i);
            v.require(rules.known("practiceClasses", code), "professions[" + i + "]",
                    rules.text("template.professions.unknown", Map.of("code", String.valueOf(code), "codes", classes)));
        }
        Map<Long, ProfessionalAtLocation> atLocation = new LinkedHashMap<>();
        access.professionalsAt(actor, locationId).forEach(p -> atLocation.put(p.employeeId(), p));
        List<Long> professionals = form.professionalIds() == null ? List.of() : form.professionalIds().stream().distinct().toList();
        v.require(!professionals.isEmpty(), "professionalIds", rules.text("template.professionals.required"));
        for (int i = 0; i < professionals.size(); i++) { // R150
            Long id = professionals.get(i);
            ProfessionalAtLocation p = id == null ? null : atLocation.get(id);
            String field = "professionalIds[" + i + "]";
            if (p == null) {
                v.refuse(field, rules.text("template.professional.notAtLocation", Map.of("professional", String.valueOf(id))));
            } else if (!professions.contains(rules.professionalClass(p.practiceNumber()))) {
                v.refuse(field, rules.text("template.professional.otherProfession", Map.of("professional", p.firstName() + " " + p.lastName())));
            } else if (!kept.contains(id) && !access.writes(actor, locationId, id)) {
                v.refuse(field, rules.text("template.professional.notWritable", Map.of("professional", p.firstName() + " " + p.lastName())));
            }
        }
        List<TemplateForm.TemplateSlotForm> forms = form.slots() == null ? List.of() : form.slots();
        v.require(!forms.isEmpty(), "slots", rules.text("template.slots.required"));
        int most = (int) rules.today().number("template.slots.maximum");
        if (forms.size() > most) {
            v.refuse("slots", rules.text("template.slots.tooMany", Map.of("maximum", most))).throwIfAny();
        }
        List<Template.TemplateSlot> slots = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            Template.TemplateSlot slot = slot(actor, "slots[" + i + "]", forms.get(i), atLocation.keySet(), v);
            if (slot != null) {
                slots.add(slot);
            }
        }
        v.throwIfAny();
        return new Content(name, professions, professionals, slots);
    }

    private Template.TemplateSlot slot(Actor actor, String at, TemplateForm.TemplateSlotForm form, Set<Long> professionalsAtLocation, Validation v) {
        if (form == null) {
            v.refuse(at, rules.text("template.slot.required"));
            return null;
        }
        boolean placed = ok(v, form.dayOfWeek() != null, at + ".dayOfWeek", rules.text("template.slot.dayRequired"))
                & ok(v, form.startTime() != null, at + ".startTime", rules.text("slot.startTime.required"))
                & ok(v, form.endTime() != null, at + ".endTime", rules.text("slot.endTime.required"));
        placed = placed && ok(v, form.startTime().isBefore(form.endTime()), at + ".endTime", rules.text("slot.endTime.notAfterStart"));
        String visibility = form.visibility() == null ? "PRIVATE" : form.visibility(); // R108
        boolean typed = ok(v, visibility.equals("PUBLIC") || visibility.equals("PRIVATE"), at + ".visibility",
                rules.text("template.slot.visibility"));
        Integer days = form.publishDaysBefore();
        int maximum = (int) rules.today().number("template.publish.daysBefore.maximum");
        v.require(days == null || days >= 0 && days <= maximum, at + ".publishDaysBefore", // R146
                rules.text("template.slot.publishDays", Map.of("maximum", maximum)));
        v.require(days == null || form.publishTime() != null, at + ".publishTime", rules.text("template.slot.publishTimeRequired"));
        v.require(days != null || form.publishTime() == null, at + ".publishDaysBefore", rules.text("template.slot.publishDaysRequired"));
        Map<Long, Template.TemplateService> services = new LinkedHashMap<>();
        List<Long> ids = form.serviceIds() == null ? List.of() : form.serviceIds();
        boolean offered = true;
        Set<Long> seen = new java.util.HashSet<>();
        for (int j = 0; j < ids.size(); j++) { // R145: an active service of any professional working at the location
            if (!seen.add(ids.get(j))) {
                continue; // a service given twice is one service, checked once
            }
            var owned = ids.get(j) == null ? null : offering.activeInEnterprise(actor.enterpriseId(), ids.get(j)).orElse(null);
            boolean here = owned != null && professionalsAtLocation.contains(owned.professionalId());
            offered &= ok(v, here, at + ".serviceIds[" + j + "]", rules.text("template.slot.serviceNotHere",
                    Map.of("service", String.valueOf(ids.get(j)))));
            if (here) {
                var s = owned.service();
                services.putIfAbsent(s.id(), new Template.TemplateService(s.id(), s.appointmentType(), s.reason(), s.durationMinutes()));
            }
        }
        if (!placed || !typed || !offered) {
            return null;
        }
        List<ProposedServiceGroup.Member> members = services.values().stream()
                .map(s -> new ProposedServiceGroup.Member(s.appointmentType(), s.reason(), s.durationMinutes())).toList();
        boolean groups = form.serviceGroupIds() != null && !form.serviceGroupIds().isEmpty();
        try { // R147: the slot rules; R145: no group
            rules.check(new ProposedSlot(true, visibility, members, groups, days != null || form.publishTime() != null, true), Map.of(
                    "slot.noService", at + ".serviceIds", "slot.mixedTypes", at + ".serviceIds", "slot.mixedDurations", at + ".serviceIds",
                    "slot.allReasonsAlone", at + ".serviceIds", "slot.publishFromNotPublic", at + ".publishDaysBefore",
                    "slot.templateGroup", at + ".serviceGroupIds", "slot.partsTogether", at + ".serviceIds"));
        } catch (InvalidRequestException refused) {
            refused.problems().forEach(p -> v.refuse(p.field(), p.message()));
        }
        return new Template.TemplateSlot(null, form.dayOfWeek(), form.startTime(), form.endTime(), visibility, days, form.publishTime(),
                List.copyOf(services.values()));
    }

    private static boolean ok(Validation v, boolean condition, String field, String message) {
        v.require(condition, field, message);
        return condition;
    }
}
