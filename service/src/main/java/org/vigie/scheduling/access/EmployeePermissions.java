package org.vigie.scheduling.access;

import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigie.web.ConflictException;
import org.vigie.web.InvalidRequestException;
import org.vigie.web.NotFoundException;
import org.vigie.web.Validation;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.ClinicAudit;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.scheduling.people.ClinicDirectory;
import org.vigie.scheduling.people.EmployeeView;

/**
 * A user's permission rows (spec §3.2.7): each gives READ or READ_WRITE on one professional's agenda at one of the user's
 * work locations where the professional works too, or at all of them (§9 A34). A local administrator or super user grants
 * and removes them (R57-R60); local administrators and super users need none (R56); a user reads their own (R65). Rows no
 * longer backed by a work location go when the record changes ({@link PermissionsFollowEmployees}). Every change is audited.
 */
@Service
class EmployeePermissions {
    private static final String ALL = "ALL";

    private final AgendaPermissions permissions;
    private final ClinicDirectory people;
    private final ClinicAudit audit;
    private final TransactionTemplate transactions;
    private final SchedulingRules rules;

    EmployeePermissions(AgendaPermissions permissions, ClinicDirectory people, ClinicAudit audit, TransactionTemplate transactions,
                        SchedulingRules rules) {
        this.permissions = permissions;
        this.people = people;
        this.audit = audit;
        this.transactions = transactions;
        this.rules = rules;
    }

    record PermissionRow(long id, long locationId, String locationName, long professionalId, String professionalName, Access access) {
    }

    record NewPermission(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "ALL",
                    description = "One of the user's work locations (its id), or ALL: each of them where the professional works too")
            String location,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "42", description = "The health professional's employee id")
            Long professionalId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "READ_WRITE", allowableValues = {"READ", "READ_WRITE"})
            String access) {
    }

    /** The employee's rows; a user reads their own (R65), managers anyone's. */
    List<PermissionRow> of(Actor actor, long employeeId) {
        people.requireReadable(actor, employeeId);
        people.activeEmployee(actor.enterpriseId(), employeeId);
        return rows(employeeId);
    }

    /** R56-R60, §9 A34: one row per location given, or per work location the two share for ALL; a row already there changes its access. */
    List<PermissionRow> grant(Actor actor, long employeeId, NewPermission request) {
        long enterpriseId = actor.enterpriseId();
        EmployeeView grantee = people.activeEmployee(enterpriseId, employeeId);
        if (grantee.localAdmin() || grantee.superUser()) {
            throw new ConflictException(rules.text("permission.notNeeded"));
        }
        Optional<Access> access = Access.named(request.access());
        new Validation()
                .require(access.isPresent(), "access", rules.text("permission.access.unknown"))
                .require(request.professionalId() != null, "professionalId", rules.text("permission.professional.required"))
                .require(request.location() != null && !request.location().isBlank(), "location", rules.text("permission.location.required"))
                .throwIfAny();
        EmployeeView professional = activeProfessional(enterpriseId, request.professionalId())
                .orElseThrow(() -> new InvalidRequestException("professionalId", rules.text("permission.professional.notInEnterprise")));
        List<Long> locations = locations(grantee, professional, request.location());
        transactions.executeWithoutResult(tx -> {
            for (long location : locations) {
                permissions.grant(enterpriseId, employeeId, location, professional.id(), access.get());
                audit.record(actor, "permissions.grant", "employee:" + employeeId, "location " + location + ", professional "
                        + professional.id() + ", " + access.get());
            }
        });
        return rows(employeeId);
    }

    /** R57: a local administrator or super user removes a row. */
    List<PermissionRow> revoke(Actor actor, long employeeId, long permissionId) {
        transactions.executeWithoutResult(tx -> {
            if (!permissions.revoke(actor.enterpriseId(), employeeId, permissionId)) {
                throw new NotFoundException(rules.text("permission.notFound", Map.of("id", String.valueOf(permissionId))));
            }
            audit.record(actor, "permissions.revoke", "employee:" + employeeId, "permission " + permissionId);
        });
        return rows(employeeId);
    }

    private Optional<EmployeeView> activeProfessional(long enterpriseId, long employeeId) {
        try {
            return Optional.of(people.activeEmployee(enterpriseId, employeeId)).filter(EmployeeView::healthProfessional);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** The locations a request names: one of the grantee's where the professional works (R59, R60), or all those they share (A34). */
    private List<Long> locations(EmployeeView grantee, EmployeeView professional, String requested) {
        if (ALL.equals(requested)) {
            List<Long> shared = grantee.workLocations().stream().filter(professional.workLocations()::contains).toList();
            if (shared.isEmpty()) {
                throw new InvalidRequestException("location", rules.text("permission.noSharedLocation"));
            }
            return shared;
        }
        long location;
        try {
            location = Long.parseLong(requested);
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("location", rules.text("permission.location.unreadable", Map.of("location", requested)));
        }
        if (!grantee.workLocations().contains(location)) {
            throw new InvalidRequestException("location", rules.text("permission.location.notGranteesWorkLocation"));
        }
        if (!professional.workLocations().contains(location)) {
            throw new InvalidRequestException("professionalId", rules.text("permission.location.notProfessionals"));
        }
        return List.of(location);
    }

    /** The rows with their names, by location name, then professional's last name, then id, as people read them (case and accents aside). */
    private List<PermissionRow> rows(long employeeId) {
        Collator collator = Collator.getInstance(Locale.CANADA_FRENCH);
        collator.setStrength(Collator.PRIMARY);
        Map<Long, String> locationNames = new HashMap<>();
        Map<Long, ClinicDirectory.PersonName> names = new HashMap<>();
        record Named(PermissionRow row, String lastName) {
        }
        return permissions.heldBy(employeeId).stream()
                .map(g -> {
                    ClinicDirectory.PersonName name = names.computeIfAbsent(g.professionalId(), id -> people.name(id).orElseThrow());
                    String location = locationNames.computeIfAbsent(g.locationId(), id -> people.locationName(id).orElseThrow());
                    return new Named(new PermissionRow(g.id(), g.locationId(), location, g.professionalId(), name.full(), g.access()), name.lastName());
                })
                .sorted(Comparator.comparing((Named n) -> n.row().locationName(), collator).thenComparing(Named::lastName, collator)
                        .thenComparingLong(n -> n.row().id()))
                .map(Named::row)
                .toList();
    }
}
