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
                .require(request.locationUid() == null, "locationUid", "L'identifiant unique d'un lieu ne change jamais.")
                .require(request.name() == null && request.machineId() == null || actor.operator(), request.name() != null ? "name" : "machineId",
                        "Seule la RAMQ modifie le nom et l'identifiant machine d'un lieu.")
                .maxLength("abbreviation", request.abbreviation(), 40).maxLength("suite", request.suite(), 40).maxLength("phone", request.phone(), 30)
                .require(request.phone() == null || !request.phone().isBlank(), "phone", "Le téléphone du lieu est obligatoire.");
        for (String[] field : new String[][] {{"civicNumber", request.civicNumber()}, {"street", request.street()}, {"city", request.city()},
                {"province", request.province()}, {"postalCode", request.postalCode()}}) {
            validation.require(field[1] == null || actor.operator(), field[0], "Un changement d'adresse se demande à la RAMQ (formulaire 4066).");
        }
        if (request.zone() != null && !actor.operator()) {
            validation.refuse("zone", "Seule la RAMQ modifie le fuseau horaire d'un lieu.");
        } else if (request.zone() != null) {
            LocationZones.requireKnown(validation, "zone", request.zone());
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
        rules.requireKnown(new Validation(), "availabilityDisplayMode", "displayModes", request.availabilityDisplayMode(),
                        "Mode d'affichage inconnu")
                .require(request.hideProfessionalNameGmf() != null, "hideProfessionalNameGmf", "Indiquez si le nom est masqué (cascade GMF).")
                .require(request.hideProfessionalNameGen() != null, "hideProfessionalNameGen", "Indiquez si le nom est masqué (cascade GEN).")
                .require(request.sendNoShowMessage() != null, "sendNoShowMessage", "Indiquez si un message est envoyé aux patients absents.")
                .require(minutes || "HOURS".equals(request.cancelCutoffUnit()), "cancelCutoffUnit", "L'unité du délai est MINUTES ou HOURS.")
                .require(request.cancelCutoffValue() != null && request.cancelCutoffValue() >= 0 && request.cancelCutoffValue() <= maximum,
                        "cancelCutoffValue", "Le délai d'annulation va de 0 à " + maximum + (minutes ? " minutes." : " heures."))
                .throwIfAny();
        locations.changeOptions(locationId, request.availabilityDisplayMode(), request.hideProfessionalNameGmf(),
                request.hideProfessionalNameGen(), request.cancelCutoffValue(), request.cancelCutoffUnit(), request.sendNoShowMessage());
        audit.record(actor, "location.options.edit", "location:" + locationId, String.valueOf(request));
        return location(actor.enterpriseId(), locationId);
    }

    /** The checks of a location RAMQ registers, on fields named after {@code prefix} ("locations[0]." in an enterprise). */
    void checkNew(NewLocation location, String prefix, Validation validation) {
        if (location == null) {
            validation.refuse(prefix.substring(0, prefix.length() - 1), "Lieu vide.");
            return;
        }
        validation.require(location.name() != null && !location.name().isBlank(), prefix + "name", "Le nom du lieu est obligatoire.")
                .require(location.civicNumber() != null && !location.civicNumber().isBlank(), prefix + "civicNumber", "Le numéro civique est obligatoire.")
                .require(location.street() != null && !location.street().isBlank(), prefix + "street", "La rue est obligatoire.")
                .require(location.city() != null && !location.city().isBlank(), prefix + "city", "La ville est obligatoire.")
                .require(location.province() != null && !location.province().isBlank(), prefix + "province", "La province est obligatoire.")
                .require(location.postalCode() != null && location.postalCode().matches("[A-Za-z]\\d[A-Za-z] ?\\d[A-Za-z]\\d"),
                        prefix + "postalCode", "Le code postal s'écrit A1A 1A1.")
                .require(location.phone() != null && !location.phone().isBlank(), prefix + "phone", "Le téléphone du lieu est obligatoire.")
                .maxLength(prefix + "name", location.name(), 200).maxLength(prefix + "abbreviation", location.abbreviation(), 40)
                .maxLength(prefix + "suite", location.suite(), 40).maxLength(prefix + "phone", location.phone(), 30)
                .maxLength(prefix + "machineId", location.machineId(), 100).maxLength(prefix + "street", location.street(), 200);
        if (location.healthRegion() != null) {
            rules.requireKnown(validation, prefix + "healthRegion", "healthRegions", location.healthRegion(), "Région sociosanitaire inconnue");
        }
        if (location.zone() != null) {
            LocationZones.requireKnown(validation, prefix + "zone", location.zone());
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
