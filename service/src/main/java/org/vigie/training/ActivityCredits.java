package org.vigie.training;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.Collection;

import org.springframework.stereotype.Component;
import org.vigie.rules.RulePack;

/**
 * What a validated activity earns its participants: a credit per course, with the title and recognised hours the catalogue of
 * the pack gives it, so that a later change of the catalogue leaves the credits already registered as they were.
 */
@Component
class ActivityCredits {
    private final TrainingCredits credits;

    ActivityCredits(TrainingCredits credits) {
        this.credits = credits;
    }

    /** Registers, in the caller's transaction, each member's credits for every course of a validated activity (PADPC). */
    void register(TrainingActivities.ActivityRow activity, RulePack pack, Collection<Long> members, Timestamp at) {
        for (String course : activity.courseList()) {
            var item = pack.parameters().item("courses", course).orElseThrow();
            for (long member : members) {
                credits.add(activity.id(), member, activity.regulator(), course, item.attribute("fr"), new BigDecimal(item.attribute("hours")),
                        activity.date(), at);
            }
        }
    }

    /** A participant removed from the attendance loses the activity's credits (in the caller's transaction). */
    void withdraw(long activityId, long memberId) {
        credits.remove(activityId, memberId);
    }
}
