package org.vigie.training;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** The groups: their row and their regular participants by profession, written in one transaction. */
@Component
class TrainingGroups {
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    TrainingGroups(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    record GroupParticipants(String profession, int count) {
    }

    record Group(long id, String regulator, long leaderId, String leaderProfession, String name, String sizeOption, String frequency,
                 String nextActivities, String purchaseFormula, String receiptReference, Instant termsAcceptedAt, String ruleSetVersion,
                 List<GroupParticipants> participants) {
    }

    Group create(String regulator, long leaderId, TrainingController.NewGroup request, String ruleSetVersion) {
        Timestamp now = Timestamp.from(clock.instant());
        long id = transactions.execute(tx -> {
            jdbc.sql("INSERT INTO training_group (regulator, leader_member_id, leader_profession, name, size_option, frequency, next_activities,"
                            + " purchase_formula, receipt_reference, terms_accepted_at, rule_set_version, created_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(regulator, leaderId, request.leaderProfession(), request.name().trim(), request.sizeOption(), request.frequency(),
                            request.nextActivities(), request.purchaseFormula(), request.receiptReference(), now, ruleSetVersion, now)
                    .update();
            long groupId = jdbc.sql("SELECT MAX(id) FROM training_group WHERE leader_member_id = ?").param(leaderId).query(Long.class).single();
            for (TrainingController.Participants p : request.participants()) {
                int updated = jdbc.sql("UPDATE training_group_participant SET how_many = how_many + ? WHERE group_id = ? AND profession = ?")
                        .params(p.count(), groupId, p.profession()).update();
                if (updated == 0) {
                    jdbc.sql("INSERT INTO training_group_participant (group_id, profession, how_many) VALUES (?, ?, ?)")
                            .params(groupId, p.profession(), p.count()).update();
                }
            }
            return groupId;
        });
        return ledBy(regulator, leaderId).stream().filter(g -> g.id() == id).findFirst().orElseThrow();
    }

    List<Group> ledBy(String regulator, long leaderId) {
        return jdbc.sql("SELECT id, regulator, leader_member_id, leader_profession, name, size_option, frequency, next_activities,"
                        + " purchase_formula, receipt_reference, terms_accepted_at, rule_set_version FROM training_group"
                        + " WHERE regulator = ? AND leader_member_id = ? ORDER BY id")
                .params(regulator, leaderId)
                .query((rs, n) -> new Group(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getTimestamp(11).toInstant(), rs.getString(12),
                        participants(rs.getLong(1))))
                .list();
    }

    private List<GroupParticipants> participants(long groupId) {
        return jdbc.sql("SELECT profession, how_many FROM training_group_participant WHERE group_id = ? ORDER BY profession")
                .param(groupId).query((rs, n) -> new GroupParticipants(rs.getString(1), rs.getInt(2))).list();
    }
}
