package org.vigie.training;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.vigie.accounts.MailLanguages;
import org.vigie.members.Member;
import org.vigie.members.MemberDirectory;
import org.vigie.notifications.Notifications;
import org.vigie.rules.PackManifest;
import org.vigie.rules.RulePack;
import org.vigie.rules.RulePacks;

/** Participants put on an attendance are e-mailed to evaluate the activity, in the pack's words, through the outbox. */
@Component
class EvaluationInvitations {
    private final RulePacks packs;
    private final MemberDirectory directory;
    private final Notifications notifications;
    private final MailLanguages mailLanguages;

    EvaluationInvitations(RulePacks packs, MemberDirectory directory, Notifications notifications, MailLanguages mailLanguages) {
        this.packs = packs;
        this.directory = directory;
        this.notifications = notifications;
        this.mailLanguages = mailLanguages;
    }

    /**
     * Every participant is invited with the activity's number and the last day, in the caller's transaction: the mails leave
     * only if the attendance they announce is saved.
     */
    void invite(TrainingActivities.ActivityRow activity, Collection<Long> participants) {
        RulePack pack = packs.require(activity.regulator(), PackManifest.TRAINING);
        LocalDate deadline = TrainingDeadlines.evaluation(pack, activity.date());
        List<Member> members = participants.stream().map(directory::get).toList();
        // the participants' languages, not the leader's who submits: one read for all of them
        Map<String, String> languages = mailLanguages.of(members.stream().map(Member::getEmail).toList());
        for (Member member : members) {
            Map<String, Object> values = Map.of("firstName", member.getFirstName(), "lastName", member.getLastName(),
                    "activity", String.valueOf(activity.id()), "date", activity.date(), "courses", activity.courses(),
                    "deadline", deadline);
            String language = languages.get(member.getEmail());
            notifications.queue(member.getEmail(), pack.parameters().message("mail.training.invitation.subject", language, values),
                    pack.parameters().message("mail.training.invitation.body", language, values));
        }
    }
}
