package org.vigie.scheduling.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** R163 on local times: what a range [from, to) leaves of a slot [start, end), both half-open. */
class RangeCutsTests {
    private static List<RangeCuts.Part> cut(String start, String end, String from, String to) {
        return RangeCuts.remaining(LocalTime.parse(start), LocalTime.parse(end), LocalTime.parse(from), LocalTime.parse(to));
    }

    private static RangeCuts.Part part(String start, String end) {
        return new RangeCuts.Part(LocalTime.parse(start), LocalTime.parse(end));
    }

    @Test
    void aRangeInsideASlotSplitsItInTwo() {
        assertThat(cut("09:00", "12:00", "10:00", "10:30")).containsExactly(part("09:00", "10:00"), part("10:30", "12:00"));
    }

    @Test
    void aRangeOverOneEndShrinksIt() {
        assertThat(cut("09:00", "12:00", "08:00", "10:00")).containsExactly(part("10:00", "12:00"));
        assertThat(cut("09:00", "12:00", "11:00", "13:00")).containsExactly(part("09:00", "11:00"));
        assertThat(cut("09:00", "12:00", "09:00", "10:00")).containsExactly(part("10:00", "12:00"));
        assertThat(cut("09:00", "12:00", "11:00", "12:00")).containsExactly(part("09:00", "11:00"));
    }

    @Test
    void aRangeCoveringASlotLeavesNothing() {
        assertThat(cut("09:00", "12:00", "09:00", "12:00")).isEmpty();
        assertThat(cut("09:00", "12:00", "08:00", "13:00")).isEmpty();
    }

    @Test
    void aRangeThatOnlyTouchesASlotLeavesItWhole() {
        assertThat(cut("09:00", "12:00", "12:00", "13:00")).containsExactly(part("09:00", "12:00"));
        assertThat(cut("09:00", "12:00", "07:00", "09:00")).containsExactly(part("09:00", "12:00"));
        assertThat(cut("09:00", "12:00", "14:00", "15:00")).containsExactly(part("09:00", "12:00"));
    }
}
