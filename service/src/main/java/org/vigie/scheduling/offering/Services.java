package org.vigie.scheduling.offering;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.web.Wording;
import org.vigie.rules.Evaluation;
import org.vigie.rules.facts.ProposedService;
import org.vigie.web.Bodies;
import org.vigie.web.ConflictException;
import org.vigie.web.InvalidRequestException;
import org.vigie.web.NotFoundException;
import org.vigie.web.Validation;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.Permitted;
import org.vigie.scheduling.Clinic;
import org.vigie.scheduling.ClinicAudit;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.scheduling.people.EmployeeView;
import org.vigie.scheduling.people.ClinicDirectory;

/**
 * A health professional's services (type × consultation reason × duration): the professional's own
 * list (R67), deleted ones shown « inactif » (R78). Which service a professional may have is a rule
 * of rules/scheduling (R68, R69); a service is never edited (R76), only deleted after confirming (R80)
 * while no future slot uses it (R77, §9 A3-A4), leaving every group (R79), and created again. Groups
 * are in {@link ServiceGroups}, the booking horizon in {@link ProfessionalOptions}.
 */
@RestController
@Tag(name = "Clinic scheduling", description = "Enterprises, locations, employees, profiles, permissions, services (RVSQ, clinic side)")
class Services {
    private static final Map<String, String> SERVICE_FIELDS = Map.of("service.notAProfessional", "professionalId",
            "service.gmfOutsideGmf", "appointmentType", "service.unknownType", "appointmentType", "service.unknownReason", "reason",
            "service.inactiveReason", "reason", "service.durationNotOffered", "durationMinutes");

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clinic clinic;
    private final SchedulingRules rules;
    private final ClinicAudit audit;
    private final ClinicDirectory people;
    private final Clock clock;

    Services(JdbcClient jdbc, TransactionTemplate transactions, Clinic clinic, SchedulingRules rules, ClinicAudit audit, ClinicDirectory people,
             Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clinic = clinic;
        this.rules = rules;
        this.audit = audit;
        this.people = people;
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
        Actor actor = clinic.actor(enterpriseId);
        people.requireReadable(actor, professionalId);
        people.employee(enterpriseId, professionalId);
        return list(enterpriseId, professionalId, includeDeleted);
    }

    @PostMapping(SERVICES)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A local administrator or super user gives a health professional a service: type MF, GMF (only in a GMF, R69) "
            + "or GEN, one consultation reason of the national list or ALL, a duration from the offered list (R68); refused with the "
            + "rule's sentence (rules/scheduling)")
    ServiceView create(@PathVariable long enterpriseId, @PathVariable long professionalId, @RequestBody NewService body,
                       @Permitted("professional.services.manage") Actor actor) {
        NewService request = Bodies.required(body);
        EmployeeView professional = people.activeEmployee(enterpriseId, professionalId);
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
        return one(enterpriseId, professionalId, id);
    }

    @DeleteMapping(SERVICES + "/{serviceId}")
    @Operation(summary = "A local administrator or super user deletes a service after confirming « Supprimer » (R80), refused while a "
            + "future slot uses it (R77, §9 A3-A4); past slots then show it « inactif » (R78); it leaves every group (R79). A service is "
            + "never edited: delete it and create it again (R76)")
    ServiceView delete(@PathVariable long enterpriseId, @PathVariable long professionalId, @PathVariable long serviceId,
                       @RequestParam(required = false) Boolean confirmed) {
        Actor actor = clinic.actor(enterpriseId);
        clinic.require(actor, "professional.services.manage");
        ServiceView service = one(enterpriseId, professionalId, serviceId);
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
                throw new ConflictException("Ce service est offert dans " + Wording.french().count(future, "plage à venir", "plages à venir") + " : retirez-le de ces plages avant de le supprimer.");
            }
            jdbc.sql("UPDATE clinic_service SET deleted_at = ? WHERE id = ?").params(Timestamp.from(clock.instant()), serviceId).update();
            jdbc.sql("DELETE FROM clinic_service_group_member WHERE service_id = ?").param(serviceId).update();
            audit.record(actor, "service.delete", "service:" + serviceId, null);
        });
        return one(enterpriseId, professionalId, serviceId);
    }

    private List<ServiceView> list(long enterpriseId, long professionalId, boolean includeDeleted) {
        return jdbc.sql("SELECT id FROM clinic_service WHERE professional_id = ?" + (includeDeleted ? "" : " AND deleted_at IS NULL")
                + " ORDER BY id").param(professionalId).query(Long.class).list().stream().map(id -> one(enterpriseId, professionalId, id)).toList();
    }

    /** A service of the professional in this enterprise; 404 otherwise, whoever asks (no reaching another enterprise's by its ids). */
    ServiceView one(long enterpriseId, long professionalId, long serviceId) {
        return jdbc.sql("SELECT id, appointment_type, reason, duration_minutes, rule_set_version, deleted_at FROM clinic_service"
                        + " WHERE id = ? AND professional_id = ? AND enterprise_id = ?")
                .params(serviceId, professionalId, enterpriseId)
                .query((rs, n) -> {
                    Instant deleted = rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant();
                    String reason = rs.getString(3);
                    return new ServiceView(rs.getLong(1), rs.getString(2), reason,
                            rules.pack().parameters().item("reasons", reason).map(r -> r.attribute("fr")).orElse(reason), rs.getInt(4),
                            rs.getString(5), deleted, deleted == null ? "actif" : rules.message("M5"));
                })
                .optional().orElseThrow(() -> new NotFoundException("Ce professionnel n'a pas de service " + serviceId + "."));
    }
}
