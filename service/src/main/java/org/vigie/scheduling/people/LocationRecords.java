package org.vigie.scheduling.people;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.Clinic;
import org.vigie.scheduling.ClinicAudit;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.scheduling.people.LocationViews.LocationView;
import org.vigie.web.NotFoundException;
import org.vigie.web.Validation;

/**
 * A location's information and options. RAMQ registers a location (R15, R21) with its zone (§9 A23) and alone changes
 * its name, address, machine identifier and zone; a clinic's local administrator edits only its abbreviation, suite and
 * phone (R20; the address needs RAMQ's form 4066, R24; the unique identifier never changes, R21); the local
 * administrator and super users save its options (R25-R31). Every change is audited.
 */
@Service
class LocationRecords {
    private final Locations locations;
    private final LocationViews views;
    private final Clinic clinic;
    private final SchedulingRules rules;
    private final ClinicAudit audit;
    private final ApplicationEventPublisher events;

    LocationRecords(Locations locations, LocationViews views, Clinic clinic, SchedulingRules rules, ClinicAudit audit,
                    ApplicationEventPublisher events) {
        this.events = events;
        this.locations = locations;
        this.views = views;
        this.clinic = clinic;
        this.rules = rules;
        this.audit = audit;
    }

    /** Only the fields sent change (a PATCH): none is required. */
    @Schema(description = "Every field is optional: what is sent changes, what is left out stays (RAMQ alone changes name, machine id, address and zone)",
            example = "{\"abbreviation\": \"PLT\", \"suite\": \"200\", \"phone\": \"514-555-0111\"}")
    record LocationChange(@Schema(example = "PLT") String abbreviation, @Schema(example = "200") String suite,
                          @Schema(example = "514-555-0111") String phone, String name, String locationUid, String machineId,
                          String civicNumber, String street, String city, String province, String postalCode,
                          @Schema(example = "America/Halifax", description = "RAMQ's only: the location's time zone (§9 A23)") String zone) {
    }

    record OptionsChange(@Schema(requiredMode = REQUIRED, example = "BY_PATIENT_PROFESSIONAL_RELATION") String availabilityDisplayMode,
                         @Schema(requiredMode = REQUIRED, example = "false") Boolean hideProfessionalNameGmf,
                         @Schema(requiredMode = REQUIRED, example = "false") Boolean hideProfessionalNameGen,
                         @Schema(requiredMode = REQUIRED, example = "24") Integer cancelCutoffValue,
                         @Schema(requiredMode = REQUIRED, example = "HOURS", allowableValues = {"MINUTES", "HOURS"}) String cancelCutoffUnit,
                         @Schema(requiredMode = REQUIRED, example = "false") Boolean sendNoShowMessage) {
    }

    LocationView location(long enterpriseId, long locationId) {
        return views.view(stored(enterpriseId, locationId));
    }

    List<LocationView> of(long enterpriseId) {
        return locations.of(enterpriseId).stream().map(views::view).toList();
    }

    /** R20, R21, R24: the clinic's three fields; the others, and the zone (§9 A23), are RAMQ's. */
    @Transactional
    LocationView change(Actor actor, long locationId, LocationChange request) {
        Locations.Location before = stored(actor.enterpriseId(), locationId);
        Validation validation = new Validation()
                .require(request.locationUid() == null, "locationUid", rules.text("location.uid.immutable"))
                .require(request.name() == null && request.machineId() == null || actor.operator(), request.name() != null ? "name" : "machineId",
                        rules.text("location.nameAndMachineId.ramqOnly"))
                .maxLength("abbreviation", request.abbreviation(), 40).maxLength("suite", request.suite(), 40).maxLength("phone", request.phone(), 30)
                .require(request.phone() == null || !request.phone().isBlank(), "phone", rules.text("location.phone.required"));
        String ramqForm = rules.text("location.address.ramqForm");
        for (String[] field : new String[][] {{"civicNumber", request.civicNumber()}, {"street", request.street()}, {"city", request.city()},
                {"province", request.province()}, {"postalCode", request.postalCode()}}) {
            validation.require(field[1] == null || actor.operator(), field[0], ramqForm);
        }
        if (request.zone() != null && !actor.operator()) {
            validation.refuse("zone", rules.text("location.zone.ramqOnly"));
        } else if (request.zone() != null) {
            LocationZones.requireKnown(rules, validation, "zone", request.zone());
        }
        validation.throwIfAny();
        set(locationId, Locations.Column.ABBREVIATION, request.abbreviation(), LocationRecords::blankToNull);
        set(locationId, Locations.Column.SUITE, request.suite(), LocationRecords::blankToNull);
        set(locationId, Locations.Column.PHONE, request.phone(), Function.identity());
        set(locationId, Locations.Column.NAME, request.name(), Function.identity());
        set(locationId, Locations.Column.MACHINE_ID, request.machineId(), Function.identity());
        set(locationId, Locations.Column.CIVIC_NUMBER, request.civicNumber(), Function.identity());
        set(locationId, Locations.Column.STREET, request.street(), Function.identity());
        set(locationId, Locations.Column.CITY, request.city(), Function.identity());
        set(locationId, Locations.Column.PROVINCE, request.province(), Function.identity());
        set(locationId, Locations.Column.POSTAL_CODE, request.postalCode(), Function.identity());
        set(locationId, Locations.Column.ZONE, request.zone(), Function.identity());
        audit.record(actor, "location.information.edit", "location:" + locationId, String.valueOf(request));
        if (request.machineId() != null && !request.machineId().equals(before.machineId())) {
            events.publishEvent(new LocationMachineIdChanged(actor.enterpriseId(), locationId, request.machineId(), actor.username()));
        }
        return location(actor.enterpriseId(), locationId);
    }

    /** R25-R31: every option is required; the cutoff is 0-59 minutes or 0-24 hours (the pack's maximums). */
    @Transactional
    LocationView changeOptions(Actor actor, long locationId, OptionsChange request) {
        stored(actor.enterpriseId(), locationId);
        var parameters = rules.today();
        boolean minutes = "MINUTES".equals(request.cancelCutoffUnit());
        int maximum = (int) parameters.number(minutes ? "cancellation.cutoff.minutes.maximum" : "cancellation.cutoff.hours.maximum");
        String upTo = rules.text(minutes ? "cutoff.MINUTES" : "cutoff.HOURS", Map.of("value", maximum));
        rules.requireInList(new Validation(), "availabilityDisplayMode", "displayModes", request.availabilityDisplayMode(),
                        "location.displayMode.unknown")
                .require(request.hideProfessionalNameGmf() != null, "hideProfessionalNameGmf", rules.text("location.hideNameGmf.required"))
                .require(request.hideProfessionalNameGen() != null, "hideProfessionalNameGen", rules.text("location.hideNameGen.required"))
                .require(request.sendNoShowMessage() != null, "sendNoShowMessage", rules.text("location.noShowMessage.required"))
                .require(minutes || "HOURS".equals(request.cancelCutoffUnit()), "cancelCutoffUnit", rules.text("location.cutoffUnit.unknown"))
                .require(request.cancelCutoffValue() != null && request.cancelCutoffValue() >= 0 && request.cancelCutoffValue() <= maximum,
                        "cancelCutoffValue", rules.text("location.cutoff.range", Map.of("maximum", upTo)))
                .throwIfAny();
        locations.changeOptions(locationId, request.availabilityDisplayMode(), request.hideProfessionalNameGmf(),
                request.hideProfessionalNameGen(), request.cancelCutoffValue(), request.cancelCutoffUnit(), request.sendNoShowMessage());
        audit.record(actor, "location.options.edit", "location:" + locationId, String.valueOf(request));
        return location(actor.enterpriseId(), locationId);
    }

    /** The checks of a location RAMQ registers, on fields named after {@code prefix} ("locations[0]." in an enterprise). */
    void checkNew(NewLocation location, String prefix, Validation validation) {
        if (location == null) {
            validation.refuse(prefix.substring(0, prefix.length() - 1), rules.text("location.empty"));
            return;
        }
        validation.require(location.name() != null && !location.name().isBlank(), prefix + "name", rules.text("location.name.required"))
                .require(location.civicNumber() != null && !location.civicNumber().isBlank(), prefix + "civicNumber",
                        rules.text("location.civicNumber.required"))
                .require(location.street() != null && !location.street().isBlank(), prefix + "street", rules.text("location.street.required"))
                .require(location.city() != null && !location.city().isBlank(), prefix + "city", rules.text("location.city.required"))
                .require(location.province() != null && !location.province().isBlank(), prefix + "province", rules.text("location.province.required"))
                .require(location.postalCode() != null && location.postalCode().matches("[A-Za-z]\\d[A-Za-z] ?\\d[A-Za-z]\\d"),
                        prefix + "postalCode", rules.text("location.postalCode.shape"))
                .require(location.phone() != null && !location.phone().isBlank(), prefix + "phone", rules.text("location.phone.required"))
                .maxLength(prefix + "name", location.name(), 200).maxLength(prefix + "abbreviation", location.abbreviation(), 40)
                .maxLength(prefix + "suite", location.suite(), 40).maxLength(prefix + "phone", location.phone(), 30)
                .maxLength(prefix + "machineId", location.machineId(), 100).maxLength(prefix + "street", location.street(), 200);
        if (location.healthRegion() != null) {
            rules.requireInList(validation, prefix + "healthRegion", "healthRegions", location.healthRegion(), "location.healthRegion.unknown");
        }
        if (location.zone() != null) {
            LocationZones.requireKnown(rules, validation, prefix + "zone", location.zone());
        }
    }

    /** Inserts a checked location with the default options, in the service's zone unless RAMQ gave one (§9 A23). */
    long register(long enterpriseId, NewLocation location) {
        String zone = location.zone() != null ? location.zone() : clinic.zone().getId();
        return locations.insert(enterpriseId, location, zone, rules.codes("displayModes").get(0),
                (int) rules.today().number("cancellation.cutoff.default.hours"));
    }

    private Locations.Location stored(long enterpriseId, long locationId) {
        return locations.find(enterpriseId, locationId)
                .orElseThrow(() -> new NotFoundException(rules.text("location.notInEnterprise", Map.of("id", String.valueOf(locationId)))));
    }

    private void set(long locationId, Locations.Column column, String value, Function<String, String> stored) {
        if (value != null) {
            locations.set(locationId, column, stored.apply(value));
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
