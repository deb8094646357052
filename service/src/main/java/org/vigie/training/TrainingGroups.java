package org.vigie.training;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The groups: their row and their regular participants by profession. */
@Component
class TrainingGroups {
    private final JdbcClient jdbc;

    TrainingGroups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record GroupParticipants(String profession, int count) {
    }

    record Group(long id, String regulator, long leaderId, String leaderProfession, String name, String sizeOption, String frequency,
                 String nextActivities, String purchaseFormula, String receiptReference, Instant termsAcceptedAt, String ruleSetVersion,
                 List<GroupParticipants> participants) {
    }

    /** Who leads a group, and under which regulator's rules. */
    record GroupLeader(long leaderId, String regulator) {
    }

    Optional<GroupLeader> leaderOf(long groupId) {
        return jdbc.sql("SELECT leader_member_id, regulator FROM training_group WHERE id = ?").param(groupId)
                .query((rs, n) -> new GroupLeader(rs.getLong(1), rs.getString(2))).optional();
    }

    /** The group and its participants (in the caller's transaction); its id. Repeated professions add up. */
    long add(String regulator, long leaderId, NewGroup request, String ruleSetVersion, Timestamp at) {
        jdbc.sql("INSERT INTO training_group (regulator, leader_member_id, leader_profession, name, size_option, frequency, next_activities,"
                        + " purchase_formula, receipt_reference, terms_accepted_at, rule_set_version, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(regulator, leaderId, request.leaderProfession(), request.name().trim(), request.sizeOption(), request.frequency(),
                        request.nextActivities(), request.purchaseFormula(), request.receiptReference(), at, ruleSetVersion, at)
                .update();
        long groupId = jdbc.sql("SELECT MAX(id) FROM training_group WHERE leader_member_id = ?").param(leaderId).query(Long.class).single();
        for (NewGroup.Participants p : request.participants()) {
            int updated = jdbc.sql("UPDATE training_group_participant SET how_many = how_many + ? WHERE group_id = ? AND profession = ?")
                    .params(p.count(), groupId, p.profession()).update();
            if (updated == 0) {
                jdbc.sql("INSERT INTO training_group_participant (group_id, profession, how_many) VALUES (?, ?, ?)")
                        .params(groupId, p.profession(), p.count()).update();
            }
        }
        return groupId;
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
