package org.vigie.scheduling.availability;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;

import io.swagger.v3.oas.annotations.media.Schema;

/** What removing a range did to the professional's slots that date, or would do in a dry run (R163). */
record RangeRemoval(LocalDate date, @JsonFormat(pattern = "HH:mm") LocalTime startTime, @JsonFormat(pattern = "HH:mm") LocalTime endTime,
                    Long locationId, @Schema(description = "True when nothing was saved") boolean dryRun,
                    @Schema(description = "How many slots were (or would be) deleted, shrunk or split") int count,
                    @Schema(description = "Each slot the range met, by start") List<SlotChange> changes) {

    enum Kind { DELETED, SHRUNK, SPLIT }

    /**
     * One slot the range met: DELETED (covered, no part left), SHRUNK (one part left, same id) or SPLIT (two: the first keeps
     * the slot's id, the second is a new slot with the same location, services, type and « À partir de »; its id is null in a
     * dry run).
     */
    record SlotChange(Kind kind, WeekSlot before, List<WeekSlot> after) {
    }
}
