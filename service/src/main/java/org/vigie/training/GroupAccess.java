package org.vigie.training;

import org.vigie.web.Caller;
import org.vigie.web.ForbiddenException;

/** Who may act on a group's activities: its leader; for reading, also the federation's staff and administrators. */
final class GroupAccess {
    private GroupAccess() {
    }

    /** The caller, when they lead the group; otherwise 403. */
    static Caller requireLeader(Caller caller, long leaderId) {
        if (caller.memberId() == null || caller.memberId() != leaderId) {
            throw new ForbiddenException("Seul le responsable du groupe gère ses activités.");
        }
        return caller;
    }

    /** The caller, when they lead the group or are the regulator's staff (or an administrator); otherwise 403. */
    static Caller requireLeaderOrStaff(Caller caller, TrainingActivities.ActivityRow activity) {
        boolean leader = caller.memberId() != null && caller.memberId() == activity.leaderId();
        if (!leader && !caller.isAdmin() && !caller.isStaffOf(activity.regulator())) {
            throw new ForbiddenException("Seuls le responsable du groupe et la Fédération consultent cette activité.");
        }
        return caller;
    }
}
