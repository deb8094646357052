package org.vigie.scheduling.access;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.web.Bodies;
import org.vigie.scheduling.access.DisplayPreferences.PreferencesView;

/** The signed-in clinic user's display preferences, through {@link DisplayPreferences}. */
@RestController
@Tag(name = "Preferences", description = "A clinic user's display preferences, the same in every enterprise")
class PreferencesController {
    private static final String PATH = "/api/clinic/preferences";

    private final DisplayPreferences preferences;

    PreferencesController(DisplayPreferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping(PATH)
    @Operation(operationId = "getPreferences",
            summary = "The signed-in clinic user's display preferences, the same in every enterprise and kept after sign-out: time "
            + "format H24 or AM_PM (R8), agenda view DAY, WEEK or NEXT_DAYS, grid interval in minutes, hours displayed from and until "
            + "(HH:mm), Saturdays and Sundays shown or not (R14); saved=false while the defaults of rules/scheduling apply. Clinic users only")
    PreferencesView get() {
        return preferences.current();
    }

    @PutMapping(PATH)
    @Operation(operationId = "savePreferences",
            summary = "The signed-in clinic user saves their display preferences (R8, R14); a field left out keeps its current value. "
            + "Values come from the lists of rules/scheduling (grid intervals: our reading, §9 A24); displayFrom is before displayUntil. "
            + "A bad value is refused naming the field, and nothing is saved. Clinic users only")
    PreferencesView put(@RequestBody PreferencesForm body) {
        return preferences.save(Bodies.required(body));
    }
}
