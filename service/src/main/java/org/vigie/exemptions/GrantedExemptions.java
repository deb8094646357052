package org.vigie.exemptions;

import java.util.List;

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

    public List<GrantedExemption> of(long memberId, String regulator, String cycleId) {
        return jdbc.sql("SELECT id, hours_granted FROM exemption"
                        + " WHERE member_id = ? AND regulator = ? AND cycle_id = ? AND status = 'VALIDATED'")
                .params(memberId, regulator, cycleId)
                .query((rs, n) -> new GrantedExemption(rs.getString(1), rs.getDouble(2)))
                .list();
    }
}
