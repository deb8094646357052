package org.vigie.scheduling.people;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.web.NotFoundException;

/** The people module's published reads ({@link ClinicDirectory}), answered by its repositories and services. */
@Component
class PeopleDirectory implements ClinicDirectory {
    private final JdbcClinicDirectory tables;
    private final EmployeeLookup employees;
    private final LocationRecords locations;
    private final SchedulingRules rules;

    PeopleDirectory(JdbcClinicDirectory tables, EmployeeLookup employees, LocationRecords locations, SchedulingRules rules) {
        this.tables = tables;
        this.employees = employees;
        this.locations = locations;
        this.rules = rules;
    }

    @Override
    public EmployeeView employee(long enterpriseId, long employeeId) {
        return employees.view(enterpriseId, employeeId);
    }

    @Override
    public EmployeeView activeEmployee(long enterpriseId, long employeeId) {
        return employees.active(enterpriseId, employeeId);
    }

    @Override
    public void requireReadable(Actor actor, long employeeId) {
        employees.requireReadable(actor, employeeId);
    }

    @Override
    public void requireLocation(long enterpriseId, long locationId) {
        locations.location(enterpriseId, locationId);
    }

    @Override
    public Optional<String> enterpriseName(long enterpriseId) {
        return tables.enterpriseName(enterpriseId);
    }

    @Override
    public boolean isGmf(long enterpriseId) {
        return tables.isGmf(enterpriseId);
    }

    @Override
    public boolean locationInEnterprise(long locationId, long enterpriseId) {
        return tables.locationInEnterprise(locationId, enterpriseId);
    }

    @Override
    public Optional<String> locationName(long locationId) {
        return tables.locationName(locationId);
    }

    @Override
    public Optional<PersonName> name(long employeeId) {
        return tables.name(employeeId);
    }

    @Override
    public Optional<Long> personId(String ramqId) {
        return tables.personId(ramqId);
    }

    @Override
    public long activeRecords(String ramqId, LocalDate day) {
        return tables.activeRecords(ramqId, day);
    }

    @Override
    public List<ProfessionalAtLocation> activeProfessionalsAtTheirLocations(long enterpriseId, LocalDate day) {
        return tables.activeProfessionalsAtTheirLocations(enterpriseId, day);
    }

    @Override
    public ZoneId zone(long locationId) {
        return tables.zone(locationId).map(ZoneId::of)
                .orElseThrow(() -> new NotFoundException(rules.text("location.notFound", Map.of("id", String.valueOf(locationId)))));
    }

    @Override
    public Optional<LocationDisplay> locationDisplay(long locationId) {
        return tables.locationDisplay(locationId);
    }

    @Override
    public Optional<String> locationLabel(long locationId) {
        return tables.locationLabel(locationId);
    }

    @Override
    public Optional<EnterpriseTerms> enterpriseTerms(long enterpriseId) {
        return tables.enterpriseTerms(enterpriseId);
    }

    @Override
    public Optional<LocationTerms> locationTerms(long enterpriseId, long locationId) {
        return tables.locationTerms(enterpriseId, locationId);
    }

    @Override
    public Optional<LcgaLocation> lcgaLocation(long enterpriseId, long locationId) {
        return tables.lcgaLocation(enterpriseId, locationId, false);
    }

    @Override
    public Optional<LcgaLocation> lockedLcgaLocation(long enterpriseId, long locationId) {
        return tables.lcgaLocation(enterpriseId, locationId, true);
    }

    @Override
    public Optional<LocationAndEnterpriseTerms> locationAndEnterpriseTerms(long enterpriseId, long locationId) {
        return tables.locationAndEnterpriseTerms(enterpriseId, locationId);
    }
}
