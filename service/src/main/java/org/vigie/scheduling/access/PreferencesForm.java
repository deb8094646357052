package org.vigie.scheduling.access;

import java.time.LocalTime;

import io.swagger.v3.oas.annotations.media.Schema;

/** The display preferences a user saves: a field left out keeps its current value. */
@Schema(description = "Every field is optional: a field left out keeps its current value")
record PreferencesForm(
        @Schema(example = "AM_PM", description = "A code of the pack's timeFormats (R8)") String timeFormat,
        @Schema(example = "WEEK", description = "A code of the pack's agendaViews (R14)") String agendaView,
        @Schema(example = "15", description = "A code of the pack's gridIntervals, in minutes (§9 A24)") Integer gridMinutes,
        @Schema(example = "08:00", description = "HH:mm, before displayUntil") String displayFrom,
        @Schema(example = "17:00", description = "HH:mm, after displayFrom") String displayUntil,
        @Schema(example = "false", description = "Saturdays and Sundays shown") Boolean showWeekend) {

    /** The values the form leaves over the current ones; a time not written HH:mm (two digits each) is null, for the caller to refuse. */
    Preferences.Saved over(Preferences.Saved current) {
        return new Preferences.Saved(timeFormat == null ? current.timeFormat() : timeFormat,
                agendaView == null ? current.agendaView() : agendaView,
                gridMinutes == null ? current.gridMinutes() : gridMinutes,
                displayFrom == null ? current.displayFrom() : time(displayFrom),
                displayUntil == null ? current.displayUntil() : time(displayUntil),
                showWeekend == null ? current.showWeekend() : showWeekend);
    }

    private static LocalTime time(String text) {
        return text.matches("([01]\\d|2[0-3]):[0-5]\\d") ? LocalTime.parse(text, DisplayPreferences.HH_MM) : null;
    }
}
