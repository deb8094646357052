package org.vigie.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vigie.rules.facts.TrainingActivity;
import org.vigie.web.InvalidRequestException;

/** Training blocks as leaders type them and as an activity's row keeps them. */
class TrainingBlocksTests {

    @Test
    void blocksAreReadInTheirOrderAndKeptAsTheyWereTyped() {
        List<TrainingActivity.Block> blocks = TrainingBlocks.parse(List.of("10:45-12:15", " 09:00 - 10:30 "), "blocks");
        assertThat(blocks).containsExactly(new TrainingActivity.Block(LocalTime.of(10, 45), LocalTime.of(12, 15)),
                new TrainingActivity.Block(LocalTime.of(9, 0), LocalTime.of(10, 30)));
        assertThat(TrainingBlocks.text(blocks)).isEqualTo("10:45-12:15,09:00-10:30");
        assertThat(TrainingBlocks.read(TrainingBlocks.text(blocks))).isEqualTo(blocks);
        assertThat(TrainingBlocks.read(null)).isEmpty();
        assertThat(TrainingBlocks.read(" ")).isEmpty();
    }

    @Test
    void blocksThatTouchDoNotOverlap() {
        assertThat(TrainingBlocks.parse(List.of("09:00-10:30", "10:30-12:00"), "blocks")).hasSize(2);
    }

    @Test
    void anUnreadableBlockIsRefusedOnItsOwnField() {
        assertThatThrownBy(() -> TrainingBlocks.parse(List.of("08:00-12:00", "14h-16h"), "blocks"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.problems().get(0).field()).isEqualTo("blocks[1]"))
                .hasMessageContaining("«\u00A014h-16h\u00A0» illisible"); // French typography: no-break spaces inside « »
        assertThatThrownBy(() -> TrainingBlocks.parse(List.of("09:00"), "blocks")).hasMessageContaining("illisible");
    }

    @Test
    void aBlockEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> TrainingBlocks.parse(List.of("10:30-09:00"), "blocks"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.problems().get(0).field()).isEqualTo("blocks[0]"))
                .hasMessageContaining("doit finir après son début");
    }

    @Test
    void overlappingBlocksAreRefusedOnTheListWithBothNamed() {
        assertThatThrownBy(() -> TrainingBlocks.parse(List.of("10:30-12:00", "09:00-11:00"), "blocks"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.problems().get(0).field()).isEqualTo("blocks"))
                .hasMessageContaining("Les blocs 09:00-11:00 et 10:30-12:00 se chevauchent.");
    }
}
