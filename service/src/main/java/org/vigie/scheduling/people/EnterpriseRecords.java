package org.vigie.scheduling.people;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.web.Caller;
import org.vigie.web.ForbiddenException;
import org.vigie.web.NotFoundException;
import org.vigie.web.Role;
import org.vigie.web.Validation;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.Clinic;
import org.vigie.scheduling.ClinicAudit;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.scheduling.people.LocationViews.LocationView;

/**
 * Enterprises as a clinic sees them: the ones the caller works in (R4, R7), an enterprise with its local administrators
 * (R19) and locations, and the only fields a clinic edits, the e-mail and phone, by its local administrator (R16, R17);
 * the name and GMF fields are RAMQ's (R15, R18).
 */
@Service
class EnterpriseRecords {
    private final Enterprises enterprises;
    private final Employees employees;
    private final LocationRecords locations;
    private final Clinic clinic;
    private final SchedulingRules rules;
    private final ClinicAudit audit;

    EnterpriseRecords(Enterprises enterprises, Employees employees, LocationRecords locations, Clinic clinic, SchedulingRules rules,
                      ClinicAudit audit) {
        this.enterprises = enterprises;
        this.employees = employees;
        this.locations = locations;
        this.clinic = clinic;
        this.rules = rules;
        this.audit = audit;
    }

    record EnterpriseSummary(long id, String name, boolean gmf) {
    }

    record Administrator(long employeeId, String name) {
    }

    record EnterpriseView(long id, String name, String email, String phone, boolean gmf, String gmfNumber,
                          List<Administrator> localAdmins, List<LocationView> locations, boolean pastWindowExtended) {
    }

    /** Only the fields sent change (a PATCH): none is required. */
    @Schema(description = "Every field is optional: what is sent changes, what is left out stays",
            example = "{\"email\": \"accueil@clinique.example\", \"phone\": \"514-555-0199\"}")
    record ContactChange(@Schema(example = "accueil@clinique.example") String email, @Schema(example = "514-555-0199") String phone,
                         @Schema(description = "RAMQ's only") String name, @Schema(description = "RAMQ's only") Boolean gmf,
                         @Schema(description = "RAMQ's only") String gmfNumber,
                         @Schema(description = "RAMQ's only: the past window of appointments extended from 90 to 365 days (R167)")
                         Boolean pastWindowExtended) {
    }

    /** R7: the enterprises where the signed-in user is an active employee (every one for RAMQ); M2 when none (R4). */
    List<EnterpriseSummary> mine() {
        Caller caller = Caller.current();
        if (caller.isAdmin()) {
            return enterprises.all().stream().map(EnterpriseRecords::summary).toList();
        }
        if (caller.role() != Role.CLINIC) {
            throw new ForbiddenException(rules.message("M2"));
        }
        List<EnterpriseSummary> mine = clinic.activeEnterprises(caller.username()).stream()
                .map(id -> summary(enterprises.find(id).orElseThrow())).toList();
        if (mine.isEmpty()) {
            throw new ForbiddenException(rules.message("M2"));
        }
        return mine;
    }

    EnterpriseView view(long enterpriseId) {
        Enterprises.Enterprise enterprise = enterprises.find(enterpriseId)
                .orElseThrow(() -> new NotFoundException(rules.text("enterprise.notFound", Map.of("id", String.valueOf(enterpriseId)))));
        List<Administrator> admins = employees.localAdmins(enterpriseId).stream()
                .map(e -> new Administrator(e.id(), e.firstName() + " " + e.lastName())).toList();
        return new EnterpriseView(enterpriseId, enterprise.name(), enterprise.email(), enterprise.phone(), enterprise.gmf(),
                enterprise.gmfNumber(), admins, locations.of(enterpriseId), enterprise.pastWindowExtended());
    }

    /** R16: the local administrator changes the e-mail and phone; RAMQ may also change the name and the GMF fields (R15, R18). */
    @Transactional
    EnterpriseView changeContact(Actor actor, ContactChange request) {
        new Validation()
                .require(request.name() == null || actor.operator(), "name", rules.text("enterprise.name.ramqOnly"))
                .require(request.gmf() == null && request.gmfNumber() == null || actor.operator(), request.gmf() != null ? "gmf" : "gmfNumber",
                        rules.text("enterprise.gmf.ramqOnly"))
                .require(request.email() == null || request.email().isEmpty() || request.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"),
                        "email", rules.text("contact.email.invalid"))
                .maxLength("email", request.email(), 254).maxLength("phone", request.phone(), 30)
                .require(request.pastWindowExtended() == null || actor.operator(), "pastWindowExtended",
                        rules.text("enterprise.pastWindow.ramqOnly"))
                .require(request.name() == null || !request.name().isBlank(), "name", rules.text("enterprise.name.required"))
                .maxLength("name", request.name(), 200).maxLength("gmfNumber", request.gmfNumber(), 20)
                .throwIfAny();
        long enterpriseId = actor.enterpriseId();
        EnterpriseView before = view(enterpriseId);
        boolean gmf = request.gmf() == null ? before.gmf() : request.gmf();
        String gmfNumber = !gmf ? null : request.gmfNumber() != null ? LocationRecords.blankToNull(request.gmfNumber()) : before.gmfNumber();
        // R18: a GMF has its number, another enterprise none
        new Validation().require(!gmf || gmfNumber != null, "gmfNumber", rules.text("enterprise.gmfNumber.required"))
                .require(gmf || request.gmfNumber() == null, "gmfNumber", rules.text("enterprise.gmfNumber.notGmf"))
                .throwIfAny();
        if (actor.operator()) {
            enterprises.changeRamqFields(enterpriseId, request.name() == null ? before.name() : request.name().trim(), gmf, gmfNumber);
            if (request.pastWindowExtended() != null) {
                enterprises.changePastWindow(enterpriseId, request.pastWindowExtended());
            }
        }
        if (request.email() != null) {
            enterprises.changeEmail(enterpriseId, LocationRecords.blankToNull(request.email()));
        }
        if (request.phone() != null) {
            enterprises.changePhone(enterpriseId, LocationRecords.blankToNull(request.phone()));
        }
        audit.record(actor, "enterprise.contact.edit", "enterprise:" + enterpriseId, "email=" + request.email() + "; phone=" + request.phone()
                + (actor.operator() ? "; name=" + request.name() + "; gmf=" + gmf + " " + gmfNumber
                + "; pastWindowExtended=" + request.pastWindowExtended() : ""));
        return view(enterpriseId);
    }

    private static EnterpriseSummary summary(Enterprises.Enterprise enterprise) {
        return new EnterpriseSummary(enterprise.id(), enterprise.name(), enterprise.gmf());
    }
}
