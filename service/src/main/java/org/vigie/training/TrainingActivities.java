package org.vigie.training;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.web.Wording;
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
 * A group's activities: planning (date, place, schedule, courses), the modules the leader marks,
 * the attendance and the participants' evaluations. The leader submits the attendance once: the
 * submission takes the activity's row lock and checks it under the lock, so two submissions at
 * once cannot both win, and none comes after. Only the federation's staff correct it afterwards,
 * and every correction is kept with its reason.
 */
@RestController
@Tag(name = "Training", description = "Group online training (FMOQ): groups, activities, attendance, allowances, credits")
class TrainingActivities {
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final RulePacks packs;
    private final MemberDirectory directory;
    private final Notifications notifications;
    private final TrainingRecords records;
    private final Clock clock;

    TrainingActivities(JdbcClient jdbc, TransactionTemplate transactions, RulePacks packs, MemberDirectory directory,
                       Notifications notifications, TrainingRecords records, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.packs = packs;
        this.directory = directory;
        this.notifications = notifications;
        this.records = records;
        this.clock = clock;
    }

    record NewActivity(LocalDate date, List<String> courses, String place, List<String> blocks) {
    }

    /** A module of a course's plan, and when the leader marked it done (null: not yet). */
    record ModuleView(String course, String module, String label, boolean mandatory, Instant markedAt) {
    }

    record Activity(long id, long groupId, LocalDate date, String place, List<String> blocks, List<String> courses,
                    List<ModuleView> modules, Instant attendanceSubmittedAt, String attendanceSubmittedBy, List<String> participants,
                    Instant validatedAt) {
    }

    @PostMapping("/api/training/groups/{groupId}/activities")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The group's leader plans an activity: its date, place, schedule (blocks \"09:00-10:30\", needed for an "
            + "allowance request) and the course(s) of the catalogue followed together")
    Activity plan(@PathVariable long groupId, @RequestBody NewActivity body) {
        NewActivity request = Bodies.required(body);
        var group = jdbc.sql("SELECT leader_member_id, regulator FROM training_group WHERE id = ?").param(groupId)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).optional()
                .orElseThrow(() -> new NotFoundException("Aucun groupe n'a l'identifiant " + groupId + "."));
        TrainingRecords.requireLeader((long) group[0]);
        RulePack pack = packs.require((String) group[1], PackManifest.TRAINING);
        Validation validation = new Validation().require(request.date() != null, "date", "La date de l'activité est obligatoire.")
                .require(request.courses() != null && !request.courses().isEmpty() && request.courses().size() <= 10, "courses",
                        "Choisissez de 1 à 10 cours du catalogue.")
                .maxLength("place", request.place(), 300)
                .require(request.blocks() == null || request.blocks().size() <= 20, "blocks", "Au plus 20 blocs de formation.");
        List<String> courses = request.courses() == null ? List.of() : request.courses();
        for (int i = 0; i < courses.size(); i++) {
            validation.require(courses.get(i) != null && pack.parameters().item("courses", courses.get(i)).isPresent(),
                    "courses[" + i + "]", "Cours inconnu du catalogue : « " + courses.get(i) + " ».");
        }
        validation.require(courses.stream().distinct().count() == courses.size(), "courses", "Chaque cours ne figure qu'une fois.");
        validation.throwIfAny();
        String blocks = request.blocks() == null ? null : TrainingRecords.text(TrainingRecords.blocks(request.blocks(), "blocks"));
        Timestamp now = Timestamp.from(clock.instant());
        long id = transactions.execute(tx -> {
            jdbc.sql("INSERT INTO training_activity (group_id, activity_date, courses, place, blocks, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(groupId, request.date(), String.join(",", courses), request.place(), blocks, now).update();
            return jdbc.sql("SELECT MAX(id) FROM training_activity WHERE group_id = ?").param(groupId).query(Long.class).single();
        });
        return view(records.get(id));
    }

    @GetMapping("/api/training/groups/{groupId}/activities")
    @Operation(summary = "The group's activities, newest first, with their modules and attendance (the group's leader)")
    List<Activity> activities(@PathVariable long groupId) {
        long leader = jdbc.sql("SELECT leader_member_id FROM training_group WHERE id = ?").param(groupId).query(Long.class).optional()
                .orElseThrow(() -> new NotFoundException("Aucun groupe n'a l'identifiant " + groupId + "."));
        TrainingRecords.requireLeader(leader);
        return jdbc.sql("SELECT id FROM training_activity WHERE group_id = ? ORDER BY activity_date DESC, id DESC").param(groupId)
                .query(Long.class).list().stream().map(id -> view(records.get(id))).toList();
    }

    @GetMapping("/api/training/activities/{activityId}")
    @Operation(summary = "An activity: schedule, courses and their modules, attendance, validation (the leader, the federation's staff)")
    Activity activity(@PathVariable long activityId) {
        TrainingRecords.ActivityRow row = records.get(activityId);
        TrainingRecords.requireLeaderOrStaff(row);
        return view(row);
    }

    record ModuleMark(String course, String module) {
    }

    @PostMapping("/api/training/activities/{activityId}/modules")
    @Operation(summary = "The leader marks a module of a course done (talk parts 1 and 2, mandatory; library; questionnaire); "
            + "marking again changes nothing; no marks once the federation validated")
    Activity mark(@PathVariable long activityId, @RequestBody ModuleMark body) {
        ModuleMark request = Bodies.required(body);
        TrainingRecords.ActivityRow activity = records.get(activityId);
        Caller caller = TrainingRecords.requireLeader(activity.leaderId());
        RulePack pack = packs.require(activity.regulator(), PackManifest.TRAINING);
        new Validation().require(request.course() != null && activity.courseList().contains(request.course()), "course",
                        "Cours absent de l'activité : « " + request.course() + " » (" + activity.courses() + ").")
                .require(request.module() != null && pack.parameters().item("modules", request.module()).isPresent(), "module",
                        "Module inconnu : « " + request.module() + " » (" + String.join(", ", pack.parameters().inForce(activity.date())
                                .codes("modules")) + ").")
                .throwIfAny();
        transactions.executeWithoutResult(tx -> {
            if (records.find(activityId, true).orElseThrow().validatedAt() != null) {
                throw new ConflictException("L'activité n° " + activityId + " est validée : ses modules ne changent plus.");
            }
            try {
                jdbc.sql("INSERT INTO training_module_mark (activity_id, course, module, marked_by, marked_at) VALUES (?, ?, ?, ?, ?)")
                        .params(activityId, request.course(), request.module(), caller.username(), Timestamp.from(clock.instant())).update();
            } catch (DuplicateKeyException alreadyMarked) {
                // marked before: the first mark stands
            }
        });
        return view(records.get(activityId));
    }

    record Attendance(List<String> fmoqNumbers, Boolean dateConfirmed) {
    }

    @PostMapping("/api/training/activities/{activityId}/attendance")
    @Operation(summary = "The leader submits the attendance, once: every participant's FMOQ number (or licence number) and the "
            + "activity's date confirmed; after the submission nothing can be added or changed by the leader (409)")
    Activity submit(@PathVariable long activityId, @RequestBody Attendance body) {
        Attendance request = Bodies.required(body);
        TrainingRecords.ActivityRow activity = records.get(activityId);
        Caller caller = TrainingRecords.requireLeader(activity.leaderId());
        List<String> numbers = request.fmoqNumbers() == null ? List.of() : request.fmoqNumbers();
        Validation validation = new Validation()
                .require(Boolean.TRUE.equals(request.dateConfirmed()), "dateConfirmed", "Confirmez la date de l'activité ("
                        + packs.require(activity.regulator(), PackManifest.TRAINING).parameters().wording("fr").date(activity.date()) + ").")
                .require(!numbers.isEmpty() && numbers.size() <= 200, "fmoqNumbers", "Entrez le numéro FMOQ de chaque participant (200 au plus).");
        Map<String, Long> participants = participants(activity.regulator(), numbers, "fmoqNumbers", validation);
        validation.throwIfAny();
        transactions.executeWithoutResult(tx -> {
            TrainingRecords.ActivityRow locked = records.find(activityId, true).orElseThrow();
            if (locked.submittedAt() != null) {
                throw new ConflictException("Les présences de cette activité ont été soumises le " + packs.require(locked.regulator(), PackManifest.TRAINING).parameters().wording("fr").instant(locked.submittedAt())
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
        return view(records.get(activityId));
    }

    /**
     * The members the numbers name, one line per participant whatever the repeats: the FMOQ number,
     * or else the licence number held with one of the regulators the pack lists (licenceRegulators).
     */
    private Map<String, Long> participants(String regulator, List<String> numbers, String field, Validation validation) {
        RulePack pack = packs.require(regulator, PackManifest.TRAINING);
        List<String> licences = pack.parameters().inForce(LocalDate.now(clock)).codes("licenceRegulators");
        List<String> trimmed = numbers.stream().map(n -> n == null ? "" : n.trim()).toList();
        // every number at once: (regulator, number) -> members, the federation's own numbers first, then the licences
        List<String> regulators = new ArrayList<>(List.of(regulator));
        regulators.addAll(licences);
        Map<String, List<Long>> byFmoqNumber = new java.util.HashMap<>();
        Map<String, java.util.Set<Long>> byLicence = new java.util.HashMap<>();
        List<String> distinct = trimmed.stream().filter(n -> !n.isEmpty()).distinct().toList();
        if (!distinct.isEmpty()) {
            List<Object> params = new ArrayList<>(distinct);
            params.addAll(regulators);
            jdbc.sql("SELECT regulator, number, member_id FROM membership WHERE number IN ("
                            + String.join(",", java.util.Collections.nCopies(distinct.size(), "?")) + ") AND regulator IN ("
                            + String.join(",", java.util.Collections.nCopies(regulators.size(), "?")) + ")")
                    .params(params)
                    .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                        if (rs.getString(1).equals(regulator)) {
                            byFmoqNumber.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getLong(3));
                        } else {
                            byLicence.computeIfAbsent(rs.getString(2), k -> new java.util.TreeSet<>()).add(rs.getLong(3));
                        }
                    });
        }
        Map<String, Long> participants = new LinkedHashMap<>();
        for (int i = 0; i < trimmed.size(); i++) {
            String number = trimmed.get(i);
            List<Long> members = byFmoqNumber.containsKey(number) ? byFmoqNumber.get(number)
                    : new ArrayList<>(byLicence.getOrDefault(number, java.util.Set.of()));
            String at = field + "[" + i + "]";
            validation.require(!members.isEmpty(), at, "Numéro FMOQ ou de permis inconnu : « " + number + " ».");
            validation.require(members.size() <= 1, at, "Le numéro de permis « " + number + " » désigne plusieurs membres : "
                    + "entrez leur numéro FMOQ.");
            if (members.size() == 1) {
                participants.put(number, members.get(0));
            }
        }
        return participants;
    }

    /** Every participant is invited to evaluate, with the activity's number and the last day (in the caller's transaction). */
    private void invite(TrainingRecords.ActivityRow activity, Collection<Long> participants) {
        RulePack pack = packs.require(activity.regulator(), PackManifest.TRAINING);
        LocalDate deadline = deadline(pack, activity.date());
        for (long memberId : participants) {
            Member member = directory.get(memberId);
            Map<String, Object> values = Map.of("firstName", member.getFirstName(), "lastName", member.getLastName(),
                    "activity", String.valueOf(activity.id()), "date", activity.date(), "courses", activity.courses(),
                    "deadline", deadline);
            notifications.queue(member.getEmail(), pack.parameters().message("mail.training.invitation.subject", "fr", values),
                    pack.parameters().message("mail.training.invitation.body", "fr", values));
        }
    }

    record Correction(List<String> add, List<String> remove, String reason) {
    }

    /** A change the federation made to a submitted attendance. */
    record AttendanceChange(String number, String kind, String reason, String changedBy, Instant changedAt) {
    }

    record Participant(String number, long memberId, String name) {
    }

    record AttendanceView(long activityId, Instant submittedAt, String submittedBy, List<Participant> participants,
                          List<AttendanceChange> changes) {
    }

    @PostMapping("/api/training/activities/{activityId}/attendance/corrections")
    @Operation(summary = "The federation's staff add or remove participants of a submitted attendance, with the reason; each change "
            + "is kept (who, when, why); an added participant is invited to evaluate and, once the activity is validated, credited; "
            + "a removed one loses the activity's credits")
    AttendanceView correct(@PathVariable long activityId, @RequestBody Correction body) {
        Correction request = Bodies.required(body);
        TrainingRecords.ActivityRow activity = records.get(activityId);
        Caller caller = Caller.current().requireStaffOf(activity.regulator());
        List<String> add = request.add() == null ? List.of() : request.add();
        List<String> remove = request.remove() == null ? List.of() : request.remove();
        Validation validation = new Validation()
                .require(request.reason() != null && !request.reason().isBlank(), "reason", "Le motif de la correction est obligatoire.")
                .maxLength("reason", request.reason(), 1000)
                .require(!add.isEmpty() || !remove.isEmpty(), "add", "Indiquez les participants à ajouter ou à retirer.")
                .require(add.size() + remove.size() <= 200, "add", "Au plus 200 changements à la fois.");
        Map<String, Long> added = participants(activity.regulator(), add, "add", validation);
        Map<String, Long> removed = participants(activity.regulator(), remove, "remove", validation);
        validation.throwIfAny();
        transactions.executeWithoutResult(tx -> {
            TrainingRecords.ActivityRow locked = records.find(activityId, true).orElseThrow();
            if (locked.submittedAt() == null) {
                throw new ConflictException("Le responsable n'a pas encore soumis les présences de l'activité n° " + activityId
                        + " : il les saisit lui-même.");
            }
            Set<Long> present = Set.copyOf(jdbc.sql("SELECT member_id FROM training_attendance WHERE activity_id = ?").param(activityId)
                    .query(Long.class).list());
            Validation state = new Validation();
            int i = 0;
            for (var entry : added.entrySet()) {
                state.require(!present.contains(entry.getValue()), "add[" + i++ + "]", "« " + entry.getKey() + " » figure déjà aux présences.");
            }
            i = 0;
            for (var entry : removed.entrySet()) {
                state.require(present.contains(entry.getValue()), "remove[" + i++ + "]", "« " + entry.getKey() + " » ne figure pas aux présences.");
            }
            state.throwIfAny();
            Timestamp now = Timestamp.from(clock.instant());
            RulePack pack = packs.require(activity.regulator(), PackManifest.TRAINING);
            added.forEach((number, member) -> {
                jdbc.sql("INSERT INTO training_attendance (activity_id, member_id, fmoq_number, added_by, added_at) VALUES (?, ?, ?, ?, ?)")
                        .params(activityId, member, number, caller.username(), now).update();
                trace(activityId, member, number, "ADDED", request.reason().trim(), caller.username(), now);
            });
            removed.forEach((number, member) -> {
                jdbc.sql("DELETE FROM training_attendance WHERE activity_id = ? AND member_id = ?").params(activityId, member).update();
                jdbc.sql("DELETE FROM training_credit WHERE activity_id = ? AND member_id = ?").params(activityId, member).update();
                trace(activityId, member, number, "REMOVED", request.reason().trim(), caller.username(), now);
            });
            if (locked.validatedAt() != null) {
                records.credit(locked, pack, added.values(), now);
            }
            invite(locked, added.values());
        });
        return attendanceView(records.get(activityId));
    }

    private void trace(long activityId, long member, String number, String kind, String reason, String by, Timestamp at) {
        jdbc.sql("INSERT INTO training_attendance_change (activity_id, member_id, number, kind, reason, changed_by, changed_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)").params(activityId, member, number, kind, reason, by, at).update();
    }

    @GetMapping("/api/training/activities/{activityId}/attendance")
    @Operation(summary = "The attendance: who submitted it, the participants, and the federation's corrections with their reasons "
            + "(the leader, the federation's staff)")
    AttendanceView attendance(@PathVariable long activityId) {
        TrainingRecords.ActivityRow activity = records.get(activityId);
        TrainingRecords.requireLeaderOrStaff(activity);
        return attendanceView(activity);
    }

    private AttendanceView attendanceView(TrainingRecords.ActivityRow activity) {
        List<Participant> participants = jdbc.sql("SELECT a.fmoq_number, m.id, m.first_name, m.last_name FROM training_attendance a"
                        + " JOIN member m ON m.id = a.member_id WHERE a.activity_id = ? ORDER BY m.last_name, m.first_name, m.id")
                .param(activity.id())
                .query((rs, n) -> new Participant(rs.getString(1), rs.getLong(2), rs.getString(3) + " " + rs.getString(4))).list();
        List<AttendanceChange> changes = jdbc.sql("SELECT number, kind, reason, changed_by, changed_at FROM training_attendance_change"
                        + " WHERE activity_id = ? ORDER BY id")
                .param(activity.id())
                .query((rs, n) -> new AttendanceChange(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant())).list();
        return new AttendanceView(activity.id(), activity.submittedAt(), activity.submittedBy(), participants, changes);
    }

    /** The last day a participant may evaluate: the activity's date plus the federation's window. */
    private static LocalDate deadline(RulePack pack, LocalDate activityDate) {
        return activityDate.plusDays((long) pack.parameters().inForce(activityDate).number("evaluation.window.days"));
    }

    record ParticipantEvaluation(Integer rating, String comment) {
    }

    /** The evaluation recorded, and the last day evaluations were taken. */
    record EvaluationReceipt(long activityId, int rating, LocalDate deadline) {
    }

    @PostMapping("/api/training/activities/{activityId}/evaluations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A participant evaluates the activity, individually, once, within the federation's window after it "
            + "(7 days); later evaluations are refused (409)")
    EvaluationReceipt evaluate(@PathVariable long activityId, @RequestBody ParticipantEvaluation body) {
        ParticipantEvaluation evaluation = Bodies.required(body);
        TrainingRecords.ActivityRow activity = records.get(activityId);
        Caller caller = Caller.current();
        boolean participant = caller.memberId() != null && jdbc.sql("SELECT COUNT(*) FROM training_attendance WHERE activity_id = ? AND member_id = ?")
                .params(activityId, caller.memberId()).query(Long.class).single() > 0;
        if (!participant) {
            throw new ForbiddenException("Seuls les participants inscrits aux présences évaluent cette activité.");
        }
        new Validation().require(evaluation.rating() != null && evaluation.rating() >= 1 && evaluation.rating() <= 5, "rating",
                        "La note va de 1 à 5.").maxLength("comment", evaluation.comment(), 2000).throwIfAny();
        RulePack pack = packs.require(activity.regulator(), PackManifest.TRAINING);
        LocalDate deadline = deadline(pack, activity.date());
        if (LocalDate.now(clock).isAfter(deadline)) {
            throw new ConflictException("L'activité n° " + activityId + " s'évaluait jusqu'au " + pack.parameters().wording("fr").date(deadline)
                    + " : le délai est passé.");
        }
        try {
            jdbc.sql("INSERT INTO training_evaluation (activity_id, member_id, rating, comment, submitted_at) VALUES (?, ?, ?, ?, ?)")
                    .params(activityId, caller.memberId(), evaluation.rating(), evaluation.comment(), Timestamp.from(clock.instant())).update();
        } catch (DuplicateKeyException already) {
            throw new ConflictException("Vous avez déjà évalué l'activité n° " + activityId + ".");
        }
        return new EvaluationReceipt(activityId, evaluation.rating(), deadline);
    }

    private Activity view(TrainingRecords.ActivityRow row) {
        List<String> participants = jdbc.sql("SELECT fmoq_number FROM training_attendance WHERE activity_id = ? ORDER BY fmoq_number")
                .param(row.id()).query(String.class).list();
        return new Activity(row.id(), row.groupId(), row.date(), row.place(),
                row.blocks() == null ? List.of() : List.of(row.blocks().split(",")), row.courseList(), modules(row),
                row.submittedAt(), row.submittedBy(), participants, row.validatedAt());
    }

    /** Every module of every course of the activity, with its mark. */
    List<ModuleView> modules(TrainingRecords.ActivityRow row) {
        RulePack pack = packs.require(row.regulator(), PackManifest.TRAINING);
        Map<String, Instant> marks = new LinkedHashMap<>();
        jdbc.sql("SELECT course, module, marked_at FROM training_module_mark WHERE activity_id = ?").param(row.id())
                .query(rs -> {
                    marks.put(rs.getString(1) + "/" + rs.getString(2), rs.getTimestamp(3).toInstant());
                });
        List<ModuleView> modules = new ArrayList<>();
        for (String course : row.courseList()) {
            for (var module : pack.parameters().list("modules")) {
                modules.add(new ModuleView(course, module.getCode(), module.attribute("fr"), "true".equals(module.attribute("mandatory")),
                        marks.get(course + "/" + module.getCode())));
            }
        }
        return modules;
    }
}
