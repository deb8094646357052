package org.vigie.members;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vigie.web.Caller;
import org.vigie.web.NotFoundException;
import org.vigie.web.Paged;
import org.vigie.web.Texts;

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

    /**
     * A page of a regulator's members, by last name, first name and id, optionally those whose first name, last name, full
     * name or e-mail contains {@code query} (case and accents aside) or whose number with this regulator is {@code query}.
     */
    public Paged<Member> search(String regulator, String query, PageRequest page) {
        StringBuilder where = new StringBuilder(" FROM member m JOIN membership ms ON ms.member_id = m.id AND ms.regulator = ?");
        List<Object> params = new ArrayList<>(List.of(regulator));
        String q = query == null ? "" : query.trim();
        if (!q.isEmpty()) {
            String like = "%" + q.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.append(" WHERE LOWER(m.first_name) LIKE ? OR LOWER(m.last_name) LIKE ? OR LOWER(CONCAT(m.first_name, ' ', m.last_name))"
                    + " LIKE ? OR LOWER(m.email) LIKE ? OR ms.number = ?");
            params.addAll(List.of(like, like, like, like, q));
        }
        long total = jdbc.sql("SELECT COUNT(*)" + where).params(params).query(Long.class).single();
        List<Object> paging = new ArrayList<>(params);
        paging.addAll(List.of(page.getPageSize(), page.getOffset()));
        List<Long> ids = jdbc.sql("SELECT m.id" + where + " ORDER BY m.last_name, m.first_name, m.id LIMIT ? OFFSET ?").params(paging)
                .query(Long.class).list();
        java.util.Map<Long, Member> byId = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            rows("m.id IN (" + String.join(", ", java.util.Collections.nCopies(ids.size(), "?")) + ")", ids.toArray())
                    .forEach(member -> byId.put(member.getId(), member));
        }
        return Paged.of(ids.stream().map(byId::get).toList(), page, total);
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
        List<Member> found = rows("m.id = ?", memberId);
        if (found.isEmpty()) {
            throw new NotFoundException(Texts.of("members.member.notFound", "id", String.valueOf(memberId)));
        }
        return found.get(0);
    }

    /** The members a condition on {@code m} selects, each with their memberships, in one query. */
    private List<Member> rows(String where, Object... params) {
        List<Row> rows = jdbc.sql("SELECT m.id, m.first_name, m.last_name, m.email, m.created_at,"
                        + " ms.id, ms.regulator, ms.number, ms.admission_date"
                        + " FROM member m LEFT JOIN membership ms ON ms.member_id = m.id WHERE " + where)
                .params(params)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5),
                        (Long) rs.getObject(6, Long.class), rs.getString(7), rs.getString(8), rs.getDate(9)))
                .list();
        java.util.Map<Long, List<Row>> byMember = new java.util.LinkedHashMap<>();
        rows.forEach(row -> byMember.computeIfAbsent(row.id(), id -> new ArrayList<>()).add(row));
        List<Member> members = new ArrayList<>();
        for (List<Row> own : byMember.values()) {
            Set<Membership> memberships = new HashSet<>();
            for (Row row : own) {
                if (row.membershipId() != null) {
                    memberships.add(new Membership(row.membershipId(), row.regulator(), row.number(),
                            row.admissionDate() == null ? null : row.admissionDate().toLocalDate()));
                }
            }
            Row first = own.get(0);
            members.add(new Member(first.id(), first.firstName(), first.lastName(), first.email(), first.createdAt().toInstant(),
                    memberships));
        }
        return members;
    }
}
