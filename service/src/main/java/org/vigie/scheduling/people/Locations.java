package org.vigie.scheduling.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.web.Bodies;
import org.vigie.web.NotFoundException;
import org.vigie.web.Validation;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.Clinic;
import org.vigie.scheduling.ClinicAudit;
import org.vigie.scheduling.SchedulingRules;

/**
 * A location's information and options. A clinic's local administrator edits only its abbreviation,
 * suite and phone (R20; the address needs RAMQ's form 4066, R24; the unique identifier never
 * changes, R21); the local administrator and super users save its options (R25-R31). The slot
 * label is the abbreviation when there is one (R22).
 */
@RestController
@Tag(name = "Clinic scheduling")
public class Locations {
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clinic clinic;
    private final SchedulingRules rules;
    private final ClinicAudit audit;

    Locations(JdbcClient jdbc, TransactionTemplate transactions, Clinic clinic, SchedulingRules rules, ClinicAudit audit) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clinic = clinic;
        this.rules = rules;
        this.audit = audit;
    }

    record Address(String civicNumber, String street, String suite, String city, String province, String postalCode) {
    }

    record CancellationCutoff(int value, String unit) {
    }

    /** onlineCancelNotice: what a patient reads inside the cutoff (M-P5, worded with this location's cutoff; none at 0, §9 A5). */
    record LocationOptions(String availabilityDisplayMode, boolean hideProfessionalNameGmf, boolean hideProfessionalNameGen,
                           CancellationCutoff onlineCancelCutoff, String onlineCancelNotice, boolean sendNoShowMessage) {
    }

    private String onlineCancelNotice(int value, String unit) {
        if (value == 0) {
            return null;
        }
        String cutoff = rules.text("cutoff." + unit, Map.of("value", value));
        return rules.text("message.M-P5", Map.of("cutoff", cutoff));
    }

    record SearchBand(int fromKm, int toKm) {
    }

    /** How far citizens search for this location's GEN slots (R73): the bands of its region's radius; null without a region. */
    record GenSearchRadius(String healthRegion, String regionName, int maximumKm, List<SearchBand> bands) {
    }

    record LocationView(long id, String locationUid, String name, String abbreviation, String slotLabel, String ramqNumber,
                        String localityCode, LocalDate rvsqStartDate, LocalDate rvsqEndDate, String machineId, Address address,
                        String phone, String healthRegion, GenSearchRadius genSearchRadius, LocationOptions options) {
    }

    private GenSearchRadius genSearchRadius(String region) {
        var parameters = rules.pack().parameters();
        return parameters.item("healthRegions", region == null ? "" : region)
                .flatMap(r -> parameters.item("searchRadii", r.attribute("radius")).map(radius -> {
                    // a band the operator mistyped is left out rather than failing every location's page
                    List<SearchBand> bands = java.util.Arrays.stream(String.valueOf(radius.attribute("bands")).trim().split("\\s+"))
                            .filter(band -> band.matches("\\d{1,4}-\\d{1,4}")).map(band -> band.split("-"))
                            .map(ends -> new SearchBand(Integer.parseInt(ends[0]), Integer.parseInt(ends[1]))).toList();
                    return bands.isEmpty() ? null : new GenSearchRadius(region, r.attribute("fr"), bands.get(bands.size() - 1).toKm(), bands);
                }))
                .orElse(null);
    }

    public LocationView location(long enterpriseId, long locationId) {
        return jdbc.sql("SELECT id, location_uid, name, abbreviation, ramq_number, locality_code, rvsq_start_date, rvsq_end_date, machine_id,"
                        + " civic_number, street, suite, city, province, postal_code, phone, health_region, display_mode, hide_name_gmf,"
                        + " hide_name_gen, cancel_cutoff_value, cancel_cutoff_unit, send_no_show_message FROM clinic_location"
                        + " WHERE id = ? AND enterprise_id = ?")
                .params(locationId, enterpriseId)
                .query((rs, n) -> new LocationView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(4) == null || rs.getString(4).isBlank() ? rs.getString(3) : rs.getString(4), rs.getString(5),
                        rs.getString(6), date(rs.getDate(7)), date(rs.getDate(8)), rs.getString(9),
                        new Address(rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15)),
                        rs.getString(16), rs.getString(17), genSearchRadius(rs.getString(17)),
                        new LocationOptions(rs.getString(18), rs.getBoolean(19), rs.getBoolean(20),
                                new CancellationCutoff(rs.getInt(21), rs.getString(22)), onlineCancelNotice(rs.getInt(21), rs.getString(22)),
                                rs.getBoolean(23))))
                .optional().orElseThrow(() -> new NotFoundException("Aucun lieu n'a l'identifiant " + locationId + " dans cette entreprise."));
    }

    @GetMapping("/api/clinic/enterprises/{enterpriseId}/locations/{locationId}")
    @Operation(summary = "A location: its information (unique identifier for a connected LCGA, address, phone) and options")
    LocationView getLocation(@PathVariable long enterpriseId, @PathVariable long locationId) {
        clinic.actor(enterpriseId);
        return location(enterpriseId, locationId);
    }

    record LocationChange(String abbreviation, String suite, String phone, String name, String locationUid, String machineId,
                          String civicNumber, String street, String city, String province, String postalCode) {
    }

    @PatchMapping("/api/clinic/enterprises/{enterpriseId}/locations/{locationId}")
    @Operation(summary = "The local administrator changes a location's abbreviation, suite and phone, the only fields a clinic edits "
            + "(R20); the address needs RAMQ's form 4066 (R24); the unique identifier never changes (R21)")
    LocationView changeLocation(@PathVariable long enterpriseId, @PathVariable long locationId, @RequestBody LocationChange body) {
        LocationChange request = Bodies.required(body);
        Actor actor = clinic.actor(enterpriseId);
        clinic.require(actor, "location.information.edit");
        location(enterpriseId, locationId);
        Validation validation = new Validation()
                .require(request.locationUid() == null, "locationUid", "L'identifiant unique d'un lieu ne change jamais.")
                .require(request.name() == null && request.machineId() == null || actor.operator(), request.name() != null ? "name" : "machineId",
                        "Seule la RAMQ modifie le nom et l'identifiant machine d'un lieu.")
                .maxLength("abbreviation", request.abbreviation(), 40).maxLength("suite", request.suite(), 40).maxLength("phone", request.phone(), 30)
                .require(request.phone() == null || !request.phone().isBlank(), "phone", "Le téléphone du lieu est obligatoire.");
        for (String[] field : new String[][] {{"civicNumber", request.civicNumber()}, {"street", request.street()}, {"city", request.city()},
                {"province", request.province()}, {"postalCode", request.postalCode()}}) {
            validation.require(field[1] == null || actor.operator(), field[0],
                    "Un changement d'adresse se demande à la RAMQ (formulaire 4066).");
        }
        validation.throwIfAny();
        transactions.executeWithoutResult(tx -> {
            set(locationId, "abbreviation", request.abbreviation() == null ? null : blankToNull(request.abbreviation()), request.abbreviation() != null);
            set(locationId, "suite", request.suite() == null ? null : blankToNull(request.suite()), request.suite() != null);
            set(locationId, "phone", request.phone(), request.phone() != null);
            set(locationId, "name", request.name(), request.name() != null);
            set(locationId, "machine_id", request.machineId(), request.machineId() != null);
            set(locationId, "civic_number", request.civicNumber(), request.civicNumber() != null);
            set(locationId, "street", request.street(), request.street() != null);
            set(locationId, "city", request.city(), request.city() != null);
            set(locationId, "province", request.province(), request.province() != null);
            set(locationId, "postal_code", request.postalCode(), request.postalCode() != null);
            audit.record(actor, "location.information.edit", "location:" + locationId, String.valueOf(request));
        });
        return location(enterpriseId, locationId);
    }

    private void set(long locationId, String column, String value, boolean given) {
        if (given) {
            jdbc.sql("UPDATE clinic_location SET " + column + " = ? WHERE id = ?").params(value, locationId).update();
        }
    }

    record OptionsChange(String availabilityDisplayMode, Boolean hideProfessionalNameGmf, Boolean hideProfessionalNameGen,
                         Integer cancelCutoffValue, String cancelCutoffUnit, Boolean sendNoShowMessage) {
    }

    @PutMapping("/api/clinic/enterprises/{enterpriseId}/locations/{locationId}/options")
    @Operation(summary = "The local administrator or a super user saves a location's options, every one required (R25-R31): display "
            + "mode, the two name-hiding switches (GMF, GEN), the online-cancellation cutoff (0-59 minutes or 0-24 hours), the no-show message")
    LocationView changeOptions(@PathVariable long enterpriseId, @PathVariable long locationId, @RequestBody OptionsChange body) {
        OptionsChange request = Bodies.required(body);
        Actor actor = clinic.actor(enterpriseId);
        clinic.require(actor, "location.options.edit");
        location(enterpriseId, locationId);
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
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("UPDATE clinic_location SET display_mode = ?, hide_name_gmf = ?, hide_name_gen = ?, cancel_cutoff_value = ?,"
                            + " cancel_cutoff_unit = ?, send_no_show_message = ? WHERE id = ?")
                    .params(request.availabilityDisplayMode(), request.hideProfessionalNameGmf(), request.hideProfessionalNameGen(),
                            request.cancelCutoffValue(), request.cancelCutoffUnit(), request.sendNoShowMessage(), locationId)
                    .update();
            audit.record(actor, "location.options.edit", "location:" + locationId, String.valueOf(request));
        });
        return location(enterpriseId, locationId);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static LocalDate date(java.sql.Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
