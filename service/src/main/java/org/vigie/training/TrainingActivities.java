package org.vigie.training;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.members.Member;
import org.vigie.members.MemberDirectory;
import org.vigie.notifications.Notifications;
import org.vigie.rules.PackManifest;
import org.vigie.rules.RulePack;
import org.vigie.rules.RulePacks;
import org.vigie.web.Bodies;
import org.vigie.web.Caller;
import org.vigie.web.ConflictException;
import org.vigie.web.ForbiddenException;
import org.vigie.web.NotFoundException;
import org.vigie.web.Validation;

/**
 * A group's activities and their attendance. The leader enters the participants' FMOQ numbers,
 * confirms the activity's date and submits, once: the submission takes the activity's row lock
 * and checks it under the lock, so two submissions at once cannot both win, and none comes after.
 */
@RestController
@Tag(name = "Training", description = "Group online training (FMOQ): groups, allowance eligibility")
class TrainingActivities {
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final RulePacks packs;
    private final MemberDirectory directory;
    private final Notifications notifications;
    private final Clock clock;

    TrainingActivities(JdbcClient jdbc, TransactionTemplate transactions, RulePacks packs, MemberDirectory directory,
                       Notifications notifications, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.packs = packs;
        this.directory = directory;
        this.notifications = notifications;
        this.clock = clock;
    }

    record NewActivity(LocalDate date, List<String> courses) {
    }

    record Activity(long id, long groupId, LocalDate date, List<String> courses, Instant attendanceSubmittedAt,
                    String attendanceSubmittedBy, List<String> participants) {
    }

    private record Row(long id, long groupId, long leaderId, String regulator, LocalDate date, String courses, Instant submittedAt,
                       String submittedBy) {
    }

    @PostMapping("/api/training/groups/{groupId}/activities")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The group's leader plans an activity: its date and the course(s) of the catalogue followed together")
    Activity plan(@PathVariable long groupId, @RequestBody NewActivity body) {
        NewActivity request = Bodies.required(body);
        var group = jdbc.sql("SELECT leader_member_id, regulator FROM training_group WHERE id = ?").param(groupId)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).optional()
                .orElseThrow(() -> new NotFoundException("Aucun groupe n'a l'identifiant " + groupId + "."));
        requireLeader((long) group[0]);
        RulePack pack = packs.require((String) group[1], PackManifest.TRAINING);
        Validation validation = new Validation().require(request.date() != null, "date", "La date de l'activité est obligatoire.")
                .require(request.courses() != null && !request.courses().isEmpty() && request.courses().size() <= 10, "courses",
                        "Choisissez de 1 à 10 cours du catalogue.");
        List<String> courses = request.courses() == null ? List.of() : request.courses();
        for (int i = 0; i < courses.size(); i++) {
            validation.require(courses.get(i) != null && pack.parameters().item("courses", courses.get(i)).isPresent(),
                    "courses[" + i + "]", "Cours inconnu du catalogue : « " + courses.get(i) + " ».");
        }
        validation.throwIfAny();
        Timestamp now = Timestamp.from(clock.instant());
        long id = transactions.execute(tx -> {
            jdbc.sql("INSERT INTO training_activity (group_id, activity_date, courses, created_at) VALUES (?, ?, ?, ?)")
                    .params(groupId, request.date(), String.join(",", courses), now).update();
            return jdbc.sql("SELECT MAX(id) FROM training_activity WHERE group_id = ?").param(groupId).query(Long.class).single();
        });
        return view(row(id, false).orElseThrow());
    }

    record Attendance(List<String> fmoqNumbers, Boolean dateConfirmed) {
    }

    @PostMapping("/api/training/activities/{activityId}/attendance")
    @Operation(summary = "The leader submits the attendance, once: every participant's FMOQ number and the activity's date confirmed; "
            + "after the submission nothing can be added or changed by the leader (409)")
    Activity submit(@PathVariable long activityId, @RequestBody Attendance body) {
        Attendance request = Bodies.required(body);
        Row activity = row(activityId, false).orElseThrow(() -> new NotFoundException("Aucune activité n'a l'identifiant " + activityId + "."));
        Caller caller = requireLeader(activity.leaderId());
        List<String> numbers = request.fmoqNumbers() == null ? List.of() : request.fmoqNumbers();
        Validation validation = new Validation()
                .require(Boolean.TRUE.equals(request.dateConfirmed()), "dateConfirmed", "Confirmez la date de l'activité (" + activity.date() + ").")
                .require(!numbers.isEmpty() && numbers.size() <= 200, "fmoqNumbers", "Entrez le numéro FMOQ de chaque participant (200 au plus).");
        Map<String, Long> participants = new LinkedHashMap<>(); // one line per participant, whatever the repeats
        for (int i = 0; i < numbers.size(); i++) {
            String number = numbers.get(i) == null ? "" : numbers.get(i).trim();
            Optional<Long> member = jdbc.sql("SELECT member_id FROM membership WHERE regulator = ? AND number = ?")
                    .params(activity.regulator(), number).query(Long.class).optional();
            validation.require(member.isPresent(), "fmoqNumbers[" + i + "]", "Numéro FMOQ inconnu : « " + number + " ».");
            member.ifPresent(id -> participants.put(number, id));
        }
        validation.throwIfAny();
        transactions.executeWithoutResult(tx -> {
            Row locked = row(activityId, true).orElseThrow();
            if (locked.submittedAt() != null) {
                throw new ConflictException("Les présences de cette activité ont été soumises le " + locked.submittedAt()
                        + " : seule la Fédération peut encore les modifier.");
            }
            Timestamp now = Timestamp.from(clock.instant());
            participants.forEach((number, member) -> jdbc.sql("INSERT INTO training_attendance (activity_id, member_id, fmoq_number,"
                            + " added_by, added_at) VALUES (?, ?, ?, ?, ?)")
                    .params(activityId, member, number, caller.username(), now).update());
            jdbc.sql("UPDATE training_activity SET attendance_submitted_at = ?, attendance_submitted_by = ? WHERE id = ?")
                    .params(now, caller.username(), activityId).update();
            invite(locked, participants.values());
        });
        return view(row(activityId, false).orElseThrow());
    }

    /** Every participant is invited to evaluate, with the activity's number and the last day (in the same transaction). */
    private void invite(Row activity, java.util.Collection<Long> participants) {
        RulePack pack = packs.require(activity.regulator(), PackManifest.TRAINING);
        LocalDate deadline = deadline(pack, activity.date());
        for (long memberId : participants) {
            Member member = directory.get(memberId);
            Map<String, String> values = Map.of("firstName", member.getFirstName(), "lastName", member.getLastName(),
                    "activity", String.valueOf(activity.id()), "date", activity.date().toString(), "courses", activity.courses(),
                    "deadline", deadline.toString());
            notifications.queue(member.getEmail(), pack.parameters().message("mail.training.invitation.subject", "fr", values),
                    pack.parameters().message("mail.training.invitation.body", "fr", values));
        }
    }

    /** The last day a participant may evaluate: the activity's date plus the federation's window. */
    private static LocalDate deadline(RulePack pack, LocalDate activityDate) {
        return activityDate.plusDays((long) pack.parameters().inForce(activityDate).number("evaluation.window.days"));
    }

    record Evaluation(Integer rating, String comment) {
    }

    /** The evaluation recorded, and the last day evaluations were taken. */
    record EvaluationReceipt(long activityId, int rating, LocalDate deadline) {
    }

    @PostMapping("/api/training/activities/{activityId}/evaluations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A participant evaluates the activity, individually, once, within the federation's window after it "
            + "(7 days); later evaluations are refused (409)")
    EvaluationReceipt evaluate(@PathVariable long activityId, @RequestBody Evaluation body) {
        Evaluation evaluation = Bodies.required(body);
        Row activity = row(activityId, false).orElseThrow(() -> new NotFoundException("Aucune activité n'a l'identifiant " + activityId + "."));
        Caller caller = Caller.current();
        boolean participant = caller.memberId() != null && jdbc.sql("SELECT COUNT(*) FROM training_attendance WHERE activity_id = ? AND member_id = ?")
                .params(activityId, caller.memberId()).query(Long.class).single() > 0;
        if (!participant) {
            throw new ForbiddenException("Seuls les participants inscrits aux présences évaluent cette activité.");
        }
        new Validation().require(evaluation.rating() != null && evaluation.rating() >= 1 && evaluation.rating() <= 5, "rating",
                        "La note va de 1 à 5.").maxLength("comment", evaluation.comment(), 2000).throwIfAny();
        LocalDate deadline = deadline(packs.require(activity.regulator(), PackManifest.TRAINING), activity.date());
        if (LocalDate.now(clock).isAfter(deadline)) {
            throw new ConflictException("L'activité n° " + activityId + " s'évaluait jusqu'au " + deadline + " : le délai est passé.");
        }
        try {
            jdbc.sql("INSERT INTO training_evaluation (activity_id, member_id, rating, comment, submitted_at) VALUES (?, ?, ?, ?, ?)")
                    .params(activityId, caller.memberId(), evaluation.rating(), evaluation.comment(), Timestamp.from(clock.instant())).update();
        } catch (org.springframework.dao.DuplicateKeyException already) {
            throw new ConflictException("Vous avez déjà évalué l'activité n° " + activityId + ".");
        }
        return new EvaluationReceipt(activityId, evaluation.rating(), deadline);
    }

    private Caller requireLeader(long leaderId) {
        Caller caller = Caller.current();
        if (caller.memberId() == null || caller.memberId() != leaderId) {
            throw new ForbiddenException("Seul le responsable du groupe gère ses activités.");
        }
        return caller;
    }

    private Optional<Row> row(long activityId, boolean lock) {
        return jdbc.sql("SELECT a.id, a.group_id, g.leader_member_id, g.regulator, a.activity_date, a.courses, a.attendance_submitted_at,"
                        + " a.attendance_submitted_by FROM training_activity a JOIN training_group g ON g.id = a.group_id WHERE a.id = ?"
                        + (lock ? " FOR UPDATE" : ""))
                .param(activityId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getDate(5).toLocalDate(),
                        rs.getString(6), rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant(), rs.getString(8)))
                .optional();
    }

    private Activity view(Row row) {
        List<String> participants = jdbc.sql("SELECT fmoq_number FROM training_attendance WHERE activity_id = ? ORDER BY fmoq_number")
                .param(row.id()).query(String.class).list();
        return new Activity(row.id(), row.groupId(), row.date(), List.of(row.courses().split(",")), row.submittedAt(), row.submittedBy(),
                participants);
    }
}
