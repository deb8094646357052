package org.vigie.rules.facts;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;

/**
 * An activity of a group: its date, its training blocks (start and end times) and, when an
 * allowance is asked for, the programme asked (null: every programme), the region where the
 * physicians practise, the day of the request and the day the federation validates it. The input
 * fact of the training pack's allowance rules.
 */
public final class TrainingActivity {
    /** A block of training time. */
    public record Block(LocalTime start, LocalTime end) {
    }

    private final LocalDate date;
    private final List<Block> blocks;
    private final LocalDate allowanceRequestedOn;
    private final String program;
    private final String region;
    private final LocalDate allowanceValidatedOn;

    public TrainingActivity(LocalDate date, List<Block> blocks, LocalDate allowanceRequestedOn, String program, String region,
                            LocalDate allowanceValidatedOn) {
        this.date = date;
        this.blocks = blocks.stream().sorted(Comparator.comparing(Block::start)).toList();
        this.allowanceRequestedOn = allowanceRequestedOn;
        this.program = program;
        this.region = region;
        this.allowanceValidatedOn = allowanceValidatedOn;
    }

    public LocalDate getDate() { return date; }
    public List<Block> getBlocks() { return blocks; }
    public LocalDate getAllowanceRequestedOn() { return allowanceRequestedOn; }
    /** The programme asked for (annexXIX, annexXII...), or null when the question is about every programme. */
    public String getProgram() { return program; }
    /** The region where the physicians practise, when given. */
    public String getRegion() { return region; }
    /** The day the federation validates the request, when it is being validated. */
    public LocalDate getAllowanceValidatedOn() { return allowanceValidatedOn; }

    /** Whether this question concerns the programme: the one asked for, or every one when none is. */
    public boolean concerns(String programme) {
        return program == null || program.equals(programme);
    }

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
