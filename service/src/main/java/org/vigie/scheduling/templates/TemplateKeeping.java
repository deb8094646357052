package org.vigie.scheduling.templates;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.ClinicAudit;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.scheduling.people.ClinicDirectory;
import org.vigie.web.ConflictException;
import org.vigie.web.InvalidRequestException;
import org.vigie.web.NotFoundException;

/**
 * Creates, reads, changes and deletes schedule templates (guide §3.8, R141-R153): at a location where the actor may write on at
 * least one professional's agenda, shown only there (R142), its location never changed (R152), its name unique at the location
 * (R148, the unique key deciding between two saves at once). Every change is audited in its own transaction.
 */
@Component
class TemplateKeeping {
    private final Templates templates;
    private final TemplateAccess access;
    private final TemplateChecks checks;
    private final ClinicDirectory people;
    private final SchedulingRules rules;
    private final ClinicAudit audit;
    private final Clock clock;

    TemplateKeeping(Templates templates, TemplateAccess access, TemplateChecks checks, ClinicDirectory people, SchedulingRules rules,
                    ClinicAudit audit, Clock clock) {
        this.templates = templates;
        this.access = access;
        this.checks = checks;
        this.people = people;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /** R142: the templates of the locations where the actor may write on at least one professional. */
    @Transactional(readOnly = true)
    List<Template> list(Actor actor) {
        if (actor.operator()) {
            access.requireManage(actor, 0);
        }
        if (actor.isLcga()) {
            access.requireManage(actor, actor.lcga().locationId()); // R255: its location's, as the matrix's LCGA column says
        }
        Set<Long> locations = access.manageableLocations(actor);
        return templates.of(actor.enterpriseId()).stream().filter(t -> locations.contains(t.locationId())).toList();
    }

    @Transactional(readOnly = true)
    Template read(Actor actor, long id) {
        Template template = find(actor, id, false);
        access.requireManage(actor, template.locationId()); // R142
        return template;
    }

    /** R141, R144, R148-R151. */
    @Transactional
    Template create(Actor actor, TemplateForm form) {
        Long locationId = form.locationId();
        if (locationId == null || !people.locationInEnterprise(locationId, actor.enterpriseId())) {
            throw new InvalidRequestException("locationId", locationId == null ? rules.text("template.location.required")
                    : rules.text("template.location.notInEnterprise", Map.of("location", String.valueOf(locationId))));
        }
        access.requireManage(actor, locationId);
        TemplateChecks.Content content = checks.check(actor, locationId, form, Set.of());
        requireFreeName(locationId, content.name(), 0);
        long id;
        try {
            id = templates.add(actor.enterpriseId(), locationId, content.name(), actor.username(), clock.instant());
        } catch (DuplicateKeyException taken) {
            throw nameTaken(content.name());
        }
        templates.fill(id, content.professions(), content.professionalIds(), content.slots());
        // French on purpose: an audit entry is written once and read by anyone (the clinic, RAMQ), as its older entries are
        audit.record(actor, "template.create", "template:" + id, content.name() + " (" + content.slots().size() + " plages)");
        return find(actor, id, false);
    }

    /** R152: name, professions, professionals and slots change; the location never does. */
    @Transactional
    Template change(Actor actor, long id, TemplateForm form) {
        Template template = find(actor, id, true);
        access.requireManage(actor, template.locationId());
        if (form.locationId() != null && form.locationId() != template.locationId()) {
            throw new InvalidRequestException("locationId", rules.text("template.location.unchanged",
                    Map.of("location", String.valueOf(template.locationId()))));
        }
        TemplateChecks.Content content = checks.check(actor, template.locationId(), form, new HashSet<>(template.professionalIds()));
        requireFreeName(template.locationId(), content.name(), id);
        try {
            templates.rename(id, content.name(), clock.instant());
        } catch (DuplicateKeyException taken) {
            throw nameTaken(content.name());
        }
        templates.fill(id, content.professions(), content.professionalIds(), content.slots());
        // French on purpose: an audit entry is written once and read by anyone (the clinic, RAMQ), as its older entries are
        audit.record(actor, "template.change", "template:" + id, content.name() + " (" + content.slots().size() + " plages)");
        return find(actor, id, false);
    }

    /** R153. */
    @Transactional
    void delete(Actor actor, long id) {
        Template template = find(actor, id, true);
        access.requireManage(actor, template.locationId());
        templates.delete(id);
        audit.record(actor, "template.delete", "template:" + id, template.name());
    }

    private Template find(Actor actor, long id, boolean lock) {
        return templates.find(actor.enterpriseId(), id, lock)
                .orElseThrow(() -> new NotFoundException(rules.text("template.notFound", Map.of("template", String.valueOf(id)))));
    }

    private void requireFreeName(long locationId, String name, long exceptId) {
        if (templates.nameTaken(locationId, name, exceptId)) {
            throw nameTaken(name);
        }
    }

    private ConflictException nameTaken(String name) {
        return new ConflictException(rules.text("template.name.taken", Map.of("name", name)));
    }
}
