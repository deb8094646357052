package org.vigie.scheduling.access;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.vigie.scheduling.Actor;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.scheduling.people.ClinicDirectory;

/**
 * The size of an agenda's display cells for a signed-in person (R14, spec §2.17 gridMinutes): the grid interval they saved,
 * else the pack's default of the list gridIntervals. Published so that the agenda's reads name no table of access.
 */
@Component
public class GridPreference {
    private final Preferences preferences;
    private final ClinicDirectory people;
    private final SchedulingRules rules;

    GridPreference(Preferences preferences, ClinicDirectory people, SchedulingRules rules) {
        this.preferences = preferences;
        this.people = people;
        this.rules = rules;
    }

    /**
     * The actor's grid interval in minutes, their person read with their employee record (the operator's is looked up); the
     * pack's default for someone who never saved theirs, or who is no RAMQ person (the operator).
     */
    public int minutes(Actor actor) {
        return minutes(actor.personId() != null ? Optional.of(actor.personId()) : people.personId(actor.username()));
    }

    private int minutes(Optional<Long> personId) {
        return personId.flatMap(preferences::of).map(Preferences.Saved::gridMinutes)
                .orElseGet(() -> Integer.parseInt(rules.defaultCode("gridIntervals")));
    }
}
