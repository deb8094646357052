package org.vigie.members;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vigie.web.Caller;
import org.vigie.web.NotFoundException;

/** How other modules find a member and check the caller may see them. */
@Component
public class MemberDirectory {
    private final JdbcClient jdbc;

    MemberDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(long id, String firstName, String lastName, String email, java.sql.Timestamp createdAt,
                       Long membershipId, String regulator, String number, java.sql.Date admissionDate) {
    }

    /** A member's membership of one regulator, for work over a regulator's whole membership. */
    public record Enrolment(long memberId, Membership membership) {
    }

    /** Every member of a regulator, in member order. */
    public List<Enrolment> enrolments(String regulator) {
        return jdbc.sql("SELECT member_id, id, regulator, number, admission_date FROM membership WHERE regulator = ? ORDER BY member_id")
                .param(regulator)
                .query((rs, n) -> new Enrolment(rs.getLong(1), new Membership(rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate())))
                .list();
    }

    /** The member, if the caller may see them: 404 when there is no such member, 403 when not theirs. */
    public Member visibleTo(Caller caller, long memberId) {
        Member member = find(memberId);
        caller.requireMaySeeMember(memberId, member.regulators());
        return member;
    }

    /** The member, for work no caller asked for (a background batch); callers go through {@link #visibleTo}. */
    public Member get(long memberId) {
        return find(memberId);
    }

    /**
     * One query for the member and their memberships: every member-scoped request starts here,
     * and the repository's aggregate loading costs several times more.
     */
    private Member find(long memberId) {
        List<Row> rows = jdbc.sql("SELECT m.id, m.first_name, m.last_name, m.email, m.created_at,"
                        + " ms.id, ms.regulator, ms.number, ms.admission_date"
                        + " FROM member m LEFT JOIN membership ms ON ms.member_id = m.id WHERE m.id = ?")
                .param(memberId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5),
                        (Long) rs.getObject(6, Long.class), rs.getString(7), rs.getString(8), rs.getDate(9)))
                .list();
        if (rows.isEmpty()) {
            throw new NotFoundException("Aucun membre n'a l'identifiant " + memberId + ".");
        }
        Set<Membership> memberships = new HashSet<>();
        for (Row row : rows) {
            if (row.membershipId() != null) {
                memberships.add(new Membership(row.membershipId(), row.regulator(), row.number(),
                        row.admissionDate() == null ? null : row.admissionDate().toLocalDate()));
            }
        }
        Row first = rows.get(0);
        return new Member(first.id(), first.firstName(), first.lastName(), first.email(), first.createdAt().toInstant(), memberships);
    }
}
