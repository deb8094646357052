package org.vigie.members;

import org.springframework.stereotype.Component;
import org.vigie.web.Caller;
import org.vigie.web.NotFoundException;

/** How other modules find a member and check the caller may see them. */
@Component
public class MemberDirectory {
    private final Members members;

    MemberDirectory(Members members) {
        this.members = members;
    }

    /** The member, if the caller may see them: 404 when there is no such member, 403 when not theirs. */
    public Member visibleTo(Caller caller, long memberId) {
        Member member = members.findById(memberId)
                .orElseThrow(() -> new NotFoundException("Aucun membre n'a l'identifiant " + memberId + "."));
        caller.requireMaySeeMember(memberId, member.regulators());
        return member;
    }
}
