package org.vigie.training;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who holds the numbers a leader types: memberships of the federation and of the orders whose licence numbers it accepts. */
@Component
class MembershipNumbers {
    private final JdbcClient jdbc;

    MembershipNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A member holding a number with a regulator. */
    record NumberHolder(String regulator, String number, long memberId) {
    }

    /** Every holder of any of the numbers with any of the regulators, in one query whatever the count. */
    List<NumberHolder> holders(List<String> numbers, List<String> regulators) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(numbers);
        params.addAll(regulators);
        return jdbc.sql("SELECT regulator, number, member_id FROM membership WHERE number IN ("
                        + String.join(",", Collections.nCopies(numbers.size(), "?")) + ") AND regulator IN ("
                        + String.join(",", Collections.nCopies(regulators.size(), "?")) + ")")
                .params(params)
                .query((rs, n) -> new NumberHolder(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }
}
