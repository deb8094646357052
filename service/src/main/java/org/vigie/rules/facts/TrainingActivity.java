package org.vigie.rules.facts;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;

/**
 * An activity of a group: its date, its training blocks (start and end times) and the day the
 * allowance request was made, if any. The input fact of the training pack's allowance rules.
 */
public final class TrainingActivity {
    /** A block of training time. */
    public record Block(LocalTime start, LocalTime end) {
    }

    private final LocalDate date;
    private final List<Block> blocks;
    private final LocalDate allowanceRequestedOn;

    public TrainingActivity(LocalDate date, List<Block> blocks, LocalDate allowanceRequestedOn) {
        this.date = date;
        this.blocks = blocks.stream().sorted(Comparator.comparing(Block::start)).toList();
        this.allowanceRequestedOn = allowanceRequestedOn;
    }

    public LocalDate getDate() { return date; }
    public List<Block> getBlocks() { return blocks; }
    public LocalDate getAllowanceRequestedOn() { return allowanceRequestedOn; }

    /**
     * The longest run of training, in hours, where a pause between two blocks of at most
     * {@code maxBreakMinutes} keeps the run going (the pause itself does not count as training).
     */
    public double longestRunHours(double maxBreakMinutes) {
        double best = 0;
        double run = 0;
        LocalTime previousEnd = null;
        for (Block block : blocks) {
            double hours = Duration.between(block.start(), block.end()).toMinutes() / 60.0;
            boolean continues = previousEnd != null && Duration.between(previousEnd, block.start()).toMinutes() <= maxBreakMinutes;
            run = continues ? run + hours : hours;
            best = Math.max(best, run);
            previousEnd = block.end();
        }
        return best;
    }
}
