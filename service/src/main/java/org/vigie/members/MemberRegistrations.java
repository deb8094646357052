package org.vigie.members;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.vigie.web.ConflictException;
import org.vigie.web.NotFoundException;
import org.vigie.web.Texts;

/**
 * How other modules register people and their memberships (a physician registering themself, a
 * physician adding a CNP), checked the same way as staff registrations: one member per e-mail, one
 * member per number at a regulator.
 */
@Component
public class MemberRegistrations {
    private final Members members;
    private final Clock clock;

    MemberRegistrations(Members members, Clock clock) {
        this.members = members;
        this.clock = clock;
    }

    public Member register(String firstName, String lastName, String email, String regulator, String number) {
        if (members.existsByEmail(email)) {
            throw new ConflictException(Texts.of("members.account.taken", "email", email));
        }
        return members.save(Member.register(firstName, lastName, email, Membership.of(regulator, number, null), clock.instant()));
    }

    /** Adds a regulator (a CNP) to a member; 409 when they already belong to it. */
    public Member join(long memberId, String regulator, String number) {
        Member member = find(memberId);
        if (member.membership(regulator).isPresent()) {
            throw new ConflictException(Texts.of("members.membership.already", "regulator", regulator));
        }
        member.join(Membership.of(regulator, number, null));
        return members.save(member);
    }

    public Member rename(long memberId, String firstName, String lastName) {
        return members.save(find(memberId).withNames(firstName, lastName));
    }

    private Member find(long memberId) {
        return members.findById(memberId).orElseThrow(() -> new NotFoundException(Texts.of("members.member.notFound", "id", String.valueOf(memberId))));
    }
}
