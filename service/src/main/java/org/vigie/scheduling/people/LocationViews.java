package org.vigie.scheduling.people;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.stereotype.Component;
import org.vigie.scheduling.SchedulingRules;

/** A location as the API shows it: what is stored, with what the operator's pack derives from it (R22, R29, R73). */
@Component
class LocationViews {
    private final SchedulingRules rules;

    LocationViews(SchedulingRules rules) {
        this.rules = rules;
    }

    record CancellationCutoff(int value, String unit) {
    }

    /** onlineCancelNotice: what a patient reads inside the cutoff (M-P5, worded with this location's cutoff; none at 0, §9 A5). */
    record LocationOptions(String availabilityDisplayMode, boolean hideProfessionalNameGmf, boolean hideProfessionalNameGen,
                           CancellationCutoff onlineCancelCutoff, String onlineCancelNotice, boolean sendNoShowMessage) {
    }

    record SearchBand(int fromKm, int toKm) {
    }

    /** How far citizens search for this location's GEN slots (R73): the bands of its region's radius; null without a region. */
    record GenSearchRadius(String healthRegion, String regionName, int maximumKm, List<SearchBand> bands) {
    }

    record LocationView(long id, String locationUid, String name, String abbreviation, String slotLabel, String ramqNumber,
                        String localityCode, LocalDate rvsqStartDate, LocalDate rvsqEndDate, String machineId, Locations.Address address,
                        String phone, @Schema(example = "America/Montreal", description = "The location's time zone (§9 A23): every "
                                + "wall-clock rule about it is computed there") String zone,
                        String healthRegion, GenSearchRadius genSearchRadius, LocationOptions options) {
    }

    /** R22: the slot label is the abbreviation when there is one. */
    LocationView view(Locations.Location l) {
        String label = l.abbreviation() == null || l.abbreviation().isBlank() ? l.name() : l.abbreviation();
        return new LocationView(l.id(), l.locationUid(), l.name(), l.abbreviation(), label, l.ramqNumber(), l.localityCode(),
                l.rvsqStartDate(), l.rvsqEndDate(), l.machineId(), l.address(), l.phone(), l.zone(), l.healthRegion(),
                genSearchRadius(l.healthRegion()),
                new LocationOptions(l.displayMode(), l.hideNameGmf(), l.hideNameGen(), new CancellationCutoff(l.cutoffValue(), l.cutoffUnit()),
                        onlineCancelNotice(l.cutoffValue(), l.cutoffUnit()), l.sendNoShowMessage()));
    }

    private String onlineCancelNotice(int value, String unit) {
        if (value == 0) {
            return null;
        }
        String cutoff = rules.text("cutoff." + unit, Map.of("value", value));
        return rules.text("message.M-P5", Map.of("cutoff", cutoff));
    }

    private GenSearchRadius genSearchRadius(String region) {
        var parameters = rules.pack().parameters();
        return parameters.item("healthRegions", region == null ? "" : region)
                .flatMap(r -> parameters.item("searchRadii", r.attribute("radius")).map(radius -> {
                    // a band the operator mistyped is left out rather than failing every location's page
                    List<SearchBand> bands = Arrays.stream(String.valueOf(radius.attribute("bands")).trim().split("\\s+"))
                            .filter(band -> band.matches("\\d{1,4}-\\d{1,4}")).map(band -> band.split("-"))
                            .map(ends -> new SearchBand(Integer.parseInt(ends[0]), Integer.parseInt(ends[1]))).toList();
                    return bands.isEmpty() ? null : new GenSearchRadius(region, r.attribute("fr"), bands.get(bands.size() - 1).toKm(), bands);
                }))
                .orElse(null);
    }
}
