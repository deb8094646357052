package org.vigie.exemptions;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vigie.rules.facts.GrantedExemption;

/** The validated exemptions of a member's cycle, as facts for the rules. */
@Component
public class GrantedExemptions {
    private final JdbcClient jdbc;

    GrantedExemptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The exemptions validated before an instant: what the member's file held then. */
    public List<GrantedExemption> of(long memberId, String regulator, String cycleId, Instant decidedBefore) {
        return jdbc.sql("SELECT id, hours_granted FROM exemption WHERE member_id = ? AND regulator = ? AND cycle_id = ?"
                        + " AND status = 'VALIDATED' AND decided_at < ?")
                .params(memberId, regulator, cycleId, Timestamp.from(decidedBefore))
                .query((rs, n) -> new GrantedExemption(rs.getString(1), rs.getDouble(2)))
                .list();
    }

    /** Every validated exemption of a regulator's members, by member, then by cycle. */
    public Map<Long, Map<String, List<GrantedExemption>>> ofRegulator(String regulator) {
        Map<Long, Map<String, List<GrantedExemption>>> byMember = new HashMap<>();
        jdbc.sql("SELECT member_id, cycle_id, id, hours_granted FROM exemption WHERE regulator = ? AND status = 'VALIDATED'")
                .param(regulator)
                .query(rs -> {
                    byMember.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
                            .add(new GrantedExemption(rs.getString(3), rs.getDouble(4)));
                });
        return byMember;
    }

    public List<GrantedExemption> of(long memberId, String regulator, String cycleId) {
        return jdbc.sql("SELECT id, hours_granted FROM exemption"
                        + " WHERE member_id = ? AND regulator = ? AND cycle_id = ? AND status = 'VALIDATED'")
                .params(memberId, regulator, cycleId)
                .query((rs, n) -> new GrantedExemption(rs.getString(1), rs.getDouble(2)))
                .list();
    }
}
