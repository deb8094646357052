package org.vigie.training;

import java.time.LocalDate;

import org.vigie.rules.RulePack;

/** The federation's windows after an activity, in days: parameters of its pack, in force on the activity's day. */
final class TrainingDeadlines {
    private TrainingDeadlines() {
    }

    /** The last day a participant may evaluate. */
    static LocalDate evaluation(RulePack pack, LocalDate activityDate) {
        return activityDate.plusDays((long) pack.parameters().inForce(activityDate).number("evaluation.window.days"));
    }

    /** The last day the federation may validate. */
    static LocalDate validation(RulePack pack, LocalDate activityDate) {
        return activityDate.plusDays((long) pack.parameters().inForce(activityDate).number("validation.window.days"));
    }
}
