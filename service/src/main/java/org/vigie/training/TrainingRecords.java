package org.vigie.training;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vigie.rules.RulePack;
import org.vigie.rules.facts.TrainingActivity;
import org.vigie.web.Caller;
import org.vigie.web.ForbiddenException;
import org.vigie.web.InvalidRequestException;
import org.vigie.web.NotFoundException;

/** An activity's row with its group's leader and regulator, read (or locked) the same way by every training endpoint. */
@Component
class TrainingRecords {
    private final JdbcClient jdbc;

    TrainingRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record ActivityRow(long id, long groupId, long leaderId, String regulator, LocalDate date, String courses, String place, String blocks,
                       Instant submittedAt, String submittedBy, Instant validatedAt) {

        List<String> courseList() {
            return List.of(courses.split(","));
        }

        List<TrainingActivity.Block> blockList() {
            return blocks == null || blocks.isBlank() ? List.of() : Arrays.stream(blocks.split(",")).map(b -> parse(b, "blocks")).toList();
        }
    }

    Optional<ActivityRow> find(long activityId, boolean lock) {
        return jdbc.sql("SELECT a.id, a.group_id, g.leader_member_id, g.regulator, a.activity_date, a.courses, a.place, a.blocks,"
                        + " a.attendance_submitted_at, a.attendance_submitted_by, a.validated_at"
                        + " FROM training_activity a JOIN training_group g ON g.id = a.group_id WHERE a.id = ?" + (lock ? " FOR UPDATE" : ""))
                .param(activityId)
                .query((rs, n) -> new ActivityRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getDate(5).toLocalDate(),
                        rs.getString(6), rs.getString(7), rs.getString(8), instant(rs.getTimestamp(9)), rs.getString(10),
                        instant(rs.getTimestamp(11))))
                .optional();
    }

    ActivityRow get(long activityId) {
        return find(activityId, false).orElseThrow(() -> new NotFoundException("Aucune activité n'a l'identifiant " + activityId + "."));
    }

    /** Registers, in the caller's transaction, each member's credits for every course of a validated activity (PADPC). */
    void credit(ActivityRow activity, RulePack pack, Collection<Long> members, Timestamp now) {
        for (String course : activity.courseList()) {
            var item = pack.parameters().item("courses", course).orElseThrow();
            for (long member : members) {
                jdbc.sql("INSERT INTO training_credit (activity_id, member_id, regulator, course, title, hours, activity_date, credited_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(activity.id(), member, activity.regulator(), course, item.attribute("fr"), new BigDecimal(item.attribute("hours")),
                                activity.date(), now)
                        .update();
            }
        }
    }

    /** The caller, when they lead the group; otherwise 403. */
    static Caller requireLeader(long leaderId) {
        Caller caller = Caller.current();
        if (caller.memberId() == null || caller.memberId() != leaderId) {
            throw new ForbiddenException("Seul le responsable du groupe gère ses activités.");
        }
        return caller;
    }

    /** The caller, when they lead the group or are the regulator's staff (or an administrator); otherwise 403. */
    static Caller requireLeaderOrStaff(ActivityRow activity) {
        Caller caller = Caller.current();
        boolean leader = caller.memberId() != null && caller.memberId() == activity.leaderId();
        if (!leader && !caller.isAdmin() && !caller.isStaffOf(activity.regulator())) {
            throw new ForbiddenException("Seuls le responsable du groupe et la Fédération consultent cette activité.");
        }
        return caller;
    }

    /** Reads training blocks written "09:00-10:30"; they must end after they start and not overlap. */
    static List<TrainingActivity.Block> blocks(List<String> texts, String field) {
        List<TrainingActivity.Block> blocks = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            blocks.add(parse(texts.get(i), field + "[" + i + "]"));
        }
        List<TrainingActivity.Block> sorted = blocks.stream().sorted(java.util.Comparator.comparing(TrainingActivity.Block::start)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).start().isBefore(sorted.get(i - 1).end())) {
                throw new InvalidRequestException(field, "Les blocs " + text(sorted.get(i - 1)) + " et " + text(sorted.get(i))
                        + " se chevauchent.");
            }
        }
        return blocks;
    }

    static String text(List<TrainingActivity.Block> blocks) {
        return blocks.stream().map(TrainingRecords::text).collect(Collectors.joining(","));
    }

    private static String text(TrainingActivity.Block block) {
        return block.start() + "-" + block.end();
    }

    private static TrainingActivity.Block parse(String text, String field) {
        try {
            String[] times = text.split("-");
            LocalTime start = LocalTime.parse(times[0].trim());
            LocalTime end = LocalTime.parse(times[1].trim());
            if (!end.isAfter(start)) {
                throw new InvalidRequestException(field, "Le bloc « " + text + " » doit finir après son début.");
            }
            return new TrainingActivity.Block(start, end);
        } catch (DateTimeParseException | ArrayIndexOutOfBoundsException | NullPointerException e) {
            throw new InvalidRequestException(field, "Bloc « " + text + " » illisible : écrivez-le \"09:00-10:30\".");
        }
    }

    private static Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
