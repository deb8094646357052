package org.vigie.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.vigie.rules.PackManifest;
import org.vigie.rules.RulePack;
import org.vigie.rules.RulePacks;
import org.vigie.rules.facts.ListItem;
import org.vigie.web.Languages;

/** An activity as the leader and the federation read it: its schedule, its courses' modules (the pack's list) and attendance. */
@Component
class ActivityViews {
    private final RulePacks packs;
    private final ModuleMarks marks;
    private final Attendees attendees;

    ActivityViews(RulePacks packs, ModuleMarks marks, Attendees attendees) {
        this.packs = packs;
        this.marks = marks;
        this.attendees = attendees;
    }

    /** A module of a course's plan, and when the leader marked it done (null: not yet). */
    record ModuleView(String course, String module, String label, boolean mandatory, Instant markedAt) {
    }

    record Activity(long id, long groupId, LocalDate date, String place, List<String> blocks, List<String> courses,
                    List<ModuleView> modules, Instant attendanceSubmittedAt, String attendanceSubmittedBy, List<String> participants,
                    Instant validatedAt) {
    }

    Activity of(TrainingActivities.ActivityRow row) {
        List<String> participants = attendees.numbers(row.id());
        return new Activity(row.id(), row.groupId(), row.date(), row.place(),
                row.blocks() == null ? List.of() : List.of(row.blocks().split(",")), row.courseList(), modules(row),
                row.submittedAt(), row.submittedBy(), participants, row.validatedAt());
    }

    /** Every module of every course of the activity, with its mark and its label in the caller's language. */
    List<ModuleView> modules(TrainingActivities.ActivityRow row) {
        RulePack pack = packs.require(row.regulator(), PackManifest.TRAINING);
        Map<String, Instant> marked = new HashMap<>();
        for (ModuleMarks.MarkedModule mark : marks.of(row.id())) {
            marked.put(mark.course() + "/" + mark.module(), mark.markedAt());
        }
        String language = Languages.current();
        List<ModuleView> modules = new ArrayList<>();
        for (String course : row.courseList()) {
            for (var module : pack.parameters().list("modules")) {
                modules.add(new ModuleView(course, module.getCode(), label(module, language), "true".equals(module.attribute("mandatory")),
                        marked.get(course + "/" + module.getCode())));
            }
        }
        return modules;
    }

    /** A list entry's label in a language (fr or en), its French when the pack gives no other. */
    static String label(ListItem item, String language) {
        return item.label(language);
    }
}
