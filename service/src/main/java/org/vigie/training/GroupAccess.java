package org.vigie.training;

import org.vigie.web.Caller;
import org.vigie.web.ForbiddenException;
import org.vigie.web.Texts;

/** Who may act on a group's activities: its leader; for reading, also the federation's staff and administrators. */
final class GroupAccess {
    private GroupAccess() {
    }

    /** The caller, when they lead the group; otherwise 403. */
    static Caller requireLeader(Caller caller, long leaderId) {
        if (caller.memberId() == null || caller.memberId() != leaderId) {
            throw new ForbiddenException(Texts.of("training.access.leader"));
        }
        return caller;
    }

    /** The caller, when they lead the group or are the regulator's staff (or an administrator); otherwise 403. */
    static Caller requireLeaderOrStaff(Caller caller, TrainingActivities.ActivityRow activity) {
        boolean leader = caller.memberId() != null && caller.memberId() == activity.leaderId();
        if (!leader && !caller.isAdmin() && !caller.isStaffOf(activity.regulator())) {
            throw new ForbiddenException(Texts.of("training.access.leaderOrFederation"));
        }
        return caller;
    }
}
