package org.vigie.scheduling;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.rules.Evaluation;
import org.vigie.rules.facts.ProposedService;
import org.vigie.rules.facts.ProposedServiceGroup;
import org.vigie.web.Bodies;
import org.vigie.web.ConflictException;
import org.vigie.web.InvalidRequestException;
import org.vigie.web.NotFoundException;
import org.vigie.web.Validation;

/**
 * A health professional's services (type × consultation reason × duration), service groups and
 * options (booking horizon). Which service a professional may have, and which services may share a
 * group, are rules of rules/scheduling; a service is never edited, only deleted (while no future
 * slot uses it) and created again.
 */
@RestController
@Tag(name = "Clinic scheduling", description = "Enterprises, locations, employees, profiles, permissions, services (RVSQ, clinic side)")
class Services {
    private static final Map<String, String> SERVICE_FIELDS = Map.of("service.notAProfessional", "professionalId",
            "service.gmfOutsideGmf", "appointmentType", "service.unknownType", "appointmentType", "service.unknownReason", "reason",
            "service.inactiveReason", "reason", "service.durationNotOffered", "durationMinutes");
    private static final Map<String, String> GROUP_FIELDS = Map.of("serviceGroup.empty", "serviceIds", "serviceGroup.mixedTypes", "serviceIds",
            "serviceGroup.mixedDurations", "serviceIds", "serviceGroup.allReasons", "serviceIds");

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clinic clinic;
    private final SchedulingRules rules;
    private final ClinicAudit audit;
    private final Employees employees;
    private final Clock clock;

    Services(JdbcClient jdbc, TransactionTemplate transactions, Clinic clinic, SchedulingRules rules, ClinicAudit audit, Employees employees,
             Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clinic = clinic;
        this.rules = rules;
        this.audit = audit;
        this.employees = employees;
        this.clock = clock;
    }

    record ServiceView(long id, String appointmentType, String reason, String reasonLabel, int durationMinutes, String ruleSetVersion,
                       Instant deletedAt, String state) {
    }

    record NewService(String appointmentType, String reason, Integer durationMinutes) {
    }

    private static final String SERVICES = "/api/clinic/enterprises/{enterpriseId}/professionals/{professionalId}/services";

    @GetMapping(SERVICES)
    @Operation(summary = "The professional's services (their own list, R67); deleted ones with includeDeleted=true, shown « inactif » (R78)")
    List<ServiceView> services(@PathVariable long enterpriseId, @PathVariable long professionalId,
                               @RequestParam(defaultValue = "false") boolean includeDeleted) {
        Clinic.Actor actor = clinic.actor(enterpriseId);
        employees.requireReadable(actor, professionalId);
        employees.view(enterpriseId, professionalId);
        return list(professionalId, includeDeleted);
    }

    @PostMapping(SERVICES)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A local administrator or super user gives a health professional a service: type MF, GMF (only in a GMF, R69) "
            + "or GEN, one consultation reason of the national list or ALL, a duration from the offered list (R68); refused with the "
            + "rule's sentence (rules/scheduling)")
    ServiceView create(@PathVariable long enterpriseId, @PathVariable long professionalId, @RequestBody NewService body) {
        NewService request = Bodies.required(body);
        Clinic.Actor actor = clinic.actor(enterpriseId);
        clinic.require(actor, "professional.services.manage");
        Employees.EmployeeView professional = employees.view(enterpriseId, professionalId);
        if (professional.deletedAt() != null) {
            throw new NotFoundException("Aucun employé n'a l'identifiant " + professionalId + " dans cette entreprise.");
        }
        new Validation().require(request.appointmentType() != null, "appointmentType", "Choisissez le type de rendez-vous (MF, GMF ou GEN).")
                .require(request.reason() != null, "reason", "Choisissez la raison de consultation ou ALL (Toutes les raisons).")
                .require(request.durationMinutes() != null, "durationMinutes", "Choisissez la durée.").throwIfAny();
        boolean gmf = jdbc.sql("SELECT is_gmf FROM clinic_enterprise WHERE id = ?").param(enterpriseId).query(Boolean.class).single();
        Evaluation evaluation = rules.check(new ProposedService(request.appointmentType(), request.reason(), request.durationMinutes(),
                professional.professionalClass(), gmf), SERVICE_FIELDS);
        long id = transactions.execute(tx -> {
            var keys = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO clinic_service (enterprise_id, professional_id, appointment_type, reason, duration_minutes, rule_set_version,"
                            + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(enterpriseId, professionalId, request.appointmentType(), request.reason(), request.durationMinutes(),
                            evaluation.version(), Timestamp.from(clock.instant()))
                    .update(keys, "id");
            long service = keys.getKey().longValue();
            audit.record(actor, "service.create", "service:" + service, request.appointmentType() + " " + request.reason() + " "
                    + request.durationMinutes() + " min, professional " + professionalId);
            return service;
        });
        return one(professionalId, id);
    }

    @DeleteMapping(SERVICES + "/{serviceId}")
    @Operation(summary = "A local administrator or super user deletes a service after confirming « Supprimer » (R80), refused while a "
            + "future slot uses it (R77, §9 A3-A4); past slots then show it « inactif » (R78); it leaves every group (R79). A service is "
            + "never edited: delete it and create it again (R76)")
    ServiceView delete(@PathVariable long enterpriseId, @PathVariable long professionalId, @PathVariable long serviceId,
                       @RequestParam(required = false) Boolean confirmed) {
        Clinic.Actor actor = clinic.actor(enterpriseId);
        clinic.require(actor, "professional.services.manage");
        ServiceView service = one(professionalId, serviceId);
        if (service.deletedAt() != null) {
            throw new ConflictException("Ce service est déjà supprimé.");
        }
        if (!Boolean.TRUE.equals(confirmed)) {
            throw new InvalidRequestException("confirmed", "Confirmez la suppression avec « Supprimer » (confirmed=true).");
        }
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("SELECT id FROM clinic_service WHERE id = ? FOR UPDATE").param(serviceId).query(Long.class).single();
            long future = jdbc.sql("SELECT COUNT(*) FROM availability_slot s JOIN availability_slot_service x ON x.slot_id = s.id"
                    + " WHERE x.service_id = ? AND s.ends_at > ?").params(serviceId, Timestamp.from(clock.instant())).query(Long.class).single();
            if (future > 0) {
                throw new ConflictException("Ce service est offert dans " + future + " plage(s) à venir : retirez-le de ces plages avant de le supprimer.");
            }
            jdbc.sql("UPDATE clinic_service SET deleted_at = ? WHERE id = ?").params(Timestamp.from(clock.instant()), serviceId).update();
            jdbc.sql("DELETE FROM clinic_service_group_member WHERE service_id = ?").param(serviceId).update();
            audit.record(actor, "service.delete", "service:" + serviceId, null);
        });
        return one(professionalId, serviceId);
    }

    private List<ServiceView> list(long professionalId, boolean includeDeleted) {
        return jdbc.sql("SELECT id FROM clinic_service WHERE professional_id = ?" + (includeDeleted ? "" : " AND deleted_at IS NULL")
                + " ORDER BY id").param(professionalId).query(Long.class).list().stream().map(id -> one(professionalId, id)).toList();
    }

    ServiceView one(long professionalId, long serviceId) {
        return jdbc.sql("SELECT id, appointment_type, reason, duration_minutes, rule_set_version, deleted_at FROM clinic_service"
                        + " WHERE id = ? AND professional_id = ?")
                .params(serviceId, professionalId)
                .query((rs, n) -> {
                    Instant deleted = rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant();
                    String reason = rs.getString(3);
                    return new ServiceView(rs.getLong(1), rs.getString(2), reason,
                            rules.pack().parameters().item("reasons", reason).map(r -> r.attribute("fr")).orElse(reason), rs.getInt(4),
                            rs.getString(5), deleted, deleted == null ? "actif" : rules.message("M5"));
                })
                .optional().orElseThrow(() -> new NotFoundException("Ce professionnel n'a pas de service " + serviceId + "."));
    }

    // ---- Service groups (§3.2.3) -------------------------------------------------------------------

    record GroupView(long id, String name, List<ServiceView> services) {
    }

    record GroupForm(String name, List<Long> serviceIds) {
    }

    private static final String GROUPS = "/api/clinic/enterprises/{enterpriseId}/professionals/{professionalId}/service-groups";

    @GetMapping(GROUPS)
    @Operation(summary = "The professional's service groups")
    List<GroupView> groups(@PathVariable long enterpriseId, @PathVariable long professionalId) {
        Clinic.Actor actor = clinic.actor(enterpriseId);
        employees.requireReadable(actor, professionalId);
        employees.view(enterpriseId, professionalId);
        return jdbc.sql("SELECT id FROM clinic_service_group WHERE professional_id = ? ORDER BY name").param(professionalId)
                .query(Long.class).list().stream().map(id -> group(professionalId, id)).toList();
    }

    @PostMapping(GROUPS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A local administrator or super user groups some of the professional's own services (R82): same type and "
            + "duration (R83), no « Toutes les raisons » service (R84), a name unique for the professional (R85)")
    GroupView createGroup(@PathVariable long enterpriseId, @PathVariable long professionalId, @RequestBody GroupForm body) {
        GroupForm form = Bodies.required(body);
        Clinic.Actor actor = clinic.actor(enterpriseId);
        clinic.require(actor, "professional.services.manage");
        employees.view(enterpriseId, professionalId);
        List<Long> services = checkGroup(professionalId, form);
        long id = transactions.execute(tx -> {
            try {
                jdbc.sql("INSERT INTO clinic_service_group (enterprise_id, professional_id, name) VALUES (?, ?, ?)")
                        .params(enterpriseId, professionalId, form.name().trim()).update();
            } catch (DuplicateKeyException taken) {
                throw new InvalidRequestException("name", "Ce professionnel a déjà un groupe de services nommé « " + form.name().trim() + " ».");
            }
            long group = jdbc.sql("SELECT id FROM clinic_service_group WHERE professional_id = ? AND name = ?")
                    .params(professionalId, form.name().trim()).query(Long.class).single();
            services.forEach(s -> jdbc.sql("INSERT INTO clinic_service_group_member (group_id, service_id) VALUES (?, ?)").params(group, s).update());
            audit.record(actor, "serviceGroup.create", "serviceGroup:" + group, form.name() + " " + services);
            return group;
        });
        return group(professionalId, id);
    }

    @PutMapping(GROUPS + "/{groupId}")
    @Operation(summary = "A local administrator or super user renames a group or changes its services, under the same rules (R86)")
    GroupView changeGroup(@PathVariable long enterpriseId, @PathVariable long professionalId, @PathVariable long groupId,
                          @RequestBody GroupForm body) {
        GroupForm form = Bodies.required(body);
        Clinic.Actor actor = clinic.actor(enterpriseId);
        clinic.require(actor, "professional.services.manage");
        group(professionalId, groupId);
        List<Long> services = checkGroup(professionalId, form);
        transactions.executeWithoutResult(tx -> {
            try {
                jdbc.sql("UPDATE clinic_service_group SET name = ? WHERE id = ?").params(form.name().trim(), groupId).update();
            } catch (DuplicateKeyException taken) {
                throw new InvalidRequestException("name", "Ce professionnel a déjà un groupe de services nommé « " + form.name().trim() + " ».");
            }
            jdbc.sql("DELETE FROM clinic_service_group_member WHERE group_id = ?").param(groupId).update();
            services.forEach(s -> jdbc.sql("INSERT INTO clinic_service_group_member (group_id, service_id) VALUES (?, ?)").params(groupId, s).update());
            audit.record(actor, "serviceGroup.edit", "serviceGroup:" + groupId, form.name() + " " + services);
        });
        return group(professionalId, groupId);
    }

    @DeleteMapping(GROUPS + "/{groupId}")
    @Operation(summary = "A local administrator or super user deletes a group after confirming « Supprimer »; its services stay (R87)")
    List<GroupView> deleteGroup(@PathVariable long enterpriseId, @PathVariable long professionalId, @PathVariable long groupId,
                                @RequestParam(required = false) Boolean confirmed) {
        Clinic.Actor actor = clinic.actor(enterpriseId);
        clinic.require(actor, "professional.services.manage");
        group(professionalId, groupId);
        if (!Boolean.TRUE.equals(confirmed)) {
            throw new InvalidRequestException("confirmed", "Confirmez la suppression avec « Supprimer » (confirmed=true).");
        }
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("DELETE FROM clinic_service_group_member WHERE group_id = ?").param(groupId).update();
            jdbc.sql("DELETE FROM clinic_service_group WHERE id = ?").param(groupId).update();
            audit.record(actor, "serviceGroup.delete", "serviceGroup:" + groupId, null);
        });
        return groups(enterpriseId, professionalId);
    }

    /** The group's services, each the professional's own and active (R82), checked by the pack's rules (R83, R84). */
    private List<Long> checkGroup(long professionalId, GroupForm form) {
        Validation validation = new Validation()
                .require(form.name() != null && !form.name().isBlank(), "name", "Le nom du groupe est obligatoire.")
                .maxLength("name", form.name(), 100);
        List<Long> ids = form.serviceIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(form.serviceIds()));
        List<ProposedServiceGroup.Member> members = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Long id = ids.get(i);
            var service = id == null ? null : jdbc.sql("SELECT appointment_type, reason, duration_minutes FROM clinic_service"
                            + " WHERE id = ? AND professional_id = ? AND deleted_at IS NULL").params(id, professionalId)
                    .query((rs, n) -> new ProposedServiceGroup.Member(rs.getString(1), rs.getString(2), rs.getInt(3))).optional().orElse(null);
            validation.require(service != null, "serviceIds[" + i + "]", "Le service " + id + " n'est pas un service actif de ce professionnel.");
            if (service != null) {
                members.add(service);
            }
        }
        validation.throwIfAny();
        rules.check(new ProposedServiceGroup(members), GROUP_FIELDS);
        return ids;
    }

    private GroupView group(long professionalId, long groupId) {
        String name = jdbc.sql("SELECT name FROM clinic_service_group WHERE id = ? AND professional_id = ?").params(groupId, professionalId)
                .query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("Ce professionnel n'a pas de groupe de services " + groupId + "."));
        List<ServiceView> services = jdbc.sql("SELECT service_id FROM clinic_service_group_member WHERE group_id = ? ORDER BY service_id")
                .param(groupId).query(Long.class).list().stream().map(s -> one(professionalId, s)).toList();
        return new GroupView(groupId, name, services);
    }

    // ---- Options (§3.2.4) --------------------------------------------------------------------------

    record Options(boolean bookingHorizonEnabled, Integer bookingHorizonMaxWeeks) {
    }

    record OptionsForm(Boolean bookingHorizonEnabled, Integer bookingHorizonMaxWeeks) {
    }

    private static final String OPTIONS = "/api/clinic/enterprises/{enterpriseId}/professionals/{professionalId}/options";

    @GetMapping(OPTIONS)
    @Operation(summary = "The professional's options: the booking horizon, off by default (R88)")
    Options options(@PathVariable long enterpriseId, @PathVariable long professionalId) {
        Clinic.Actor actor = clinic.actor(enterpriseId);
        employees.requireReadable(actor, professionalId);
        requireProfessional(enterpriseId, professionalId);
        return jdbc.sql("SELECT horizon_enabled, horizon_weeks FROM clinic_professional_options WHERE employee_id = ?").param(professionalId)
                .query((rs, n) -> new Options(rs.getBoolean(1), (Integer) rs.getObject(2, Integer.class))).optional()
                .orElse(new Options(false, null));
    }

    @PutMapping(OPTIONS)
    @Operation(summary = "A local administrator or super user limits how far ahead patients see the professional's slots online: a "
            + "number of Sunday-to-Saturday weeks from the offered list (R89, R91), saved at once (R92); never limits the clinic's own "
            + "bookings (R90)")
    Options changeOptions(@PathVariable long enterpriseId, @PathVariable long professionalId, @RequestBody OptionsForm body) {
        OptionsForm form = Bodies.required(body);
        Clinic.Actor actor = clinic.actor(enterpriseId);
        clinic.require(actor, "professional.services.manage");
        requireProfessional(enterpriseId, professionalId);
        int maximum = (int) rules.today().number("horizon.weeks.maximum");
        new Validation().require(form.bookingHorizonEnabled() != null, "bookingHorizonEnabled", "Indiquez true (Oui) ou false (Non).")
                .require(!Boolean.TRUE.equals(form.bookingHorizonEnabled()) || form.bookingHorizonMaxWeeks() != null
                        && form.bookingHorizonMaxWeeks() >= 1 && form.bookingHorizonMaxWeeks() <= maximum, "bookingHorizonMaxWeeks",
                        "Choisissez de 1 à " + maximum + " semaines.")
                .throwIfAny();
        Integer weeks = form.bookingHorizonEnabled() ? form.bookingHorizonMaxWeeks() : null;
        transactions.executeWithoutResult(tx -> {
            int updated = jdbc.sql("UPDATE clinic_professional_options SET horizon_enabled = ?, horizon_weeks = ? WHERE employee_id = ?")
                    .params(form.bookingHorizonEnabled(), weeks, professionalId).update();
            if (updated == 0) {
                jdbc.sql("INSERT INTO clinic_professional_options (employee_id, horizon_enabled, horizon_weeks) VALUES (?, ?, ?)")
                        .params(professionalId, form.bookingHorizonEnabled(), weeks).update();
            }
            audit.record(actor, "professional.options.edit", "employee:" + professionalId, "horizon " + form.bookingHorizonEnabled() + " " + weeks);
        });
        return new Options(form.bookingHorizonEnabled(), weeks);
    }

    private void requireProfessional(long enterpriseId, long professionalId) {
        if (!employees.view(enterpriseId, professionalId).healthProfessional()) {
            throw new NotFoundException("Seuls les professionnels de la santé ont des services et des options (R44).");
        }
    }
}
