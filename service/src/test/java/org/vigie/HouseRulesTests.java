package org.vigie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The shape the code keeps as it grows, read from the sources: each scheduling table named only by the module that owns
 * it, no SQL in any controller, no class over 300 lines. Each failure names the file to fix.
 */
class HouseRulesTests {
    private static final Path MAIN = Path.of("src/main/java/org/vigie");
    /** Each table of clinic scheduling, and the module (package under org.vigie) that alone may name it. */
    private static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("ramq_person", "scheduling/people"), Map.entry("clinic_enterprise", "scheduling/people"),
            Map.entry("clinic_location", "scheduling/people"), Map.entry("clinic_employee", "scheduling/people"),
            Map.entry("clinic_employee_location", "scheduling/people"), Map.entry("clinic_work_group", "scheduling/people"),
            Map.entry("clinic_work_group_professional", "scheduling/people"),
            Map.entry("clinic_agenda_permission", "scheduling/access"), Map.entry("clinic_session", "scheduling/access"),
            Map.entry("clinic_user_preferences", "scheduling/access"),
            Map.entry("clinic_service", "scheduling/offering"), Map.entry("clinic_service_group", "scheduling/offering"),
            Map.entry("clinic_service_group_member", "scheduling/offering"),
            Map.entry("clinic_professional_options", "scheduling/offering"),
            Map.entry("availability_slot", "scheduling/availability"), Map.entry("availability_slot_service", "scheduling/availability"),
            Map.entry("availability_lock", "scheduling/availability"), Map.entry("agenda_feed", "scheduling/availability"),
            Map.entry("clinic_appointment", "scheduling/booking"),
            Map.entry("clinic_hold", "scheduling/booking"),
            Map.entry("appointment_reference", "scheduling/booking"),
            Map.entry("schedule_template", "scheduling/templates"), Map.entry("schedule_template_profession", "scheduling/templates"),
            Map.entry("schedule_template_professional", "scheduling/templates"), Map.entry("schedule_template_slot", "scheduling/templates"),
            Map.entry("schedule_template_slot_service", "scheduling/templates"),
            Map.entry("clinic_email_text", "scheduling/communications"), Map.entry("clinic_message_text", "scheduling/communications"),
            Map.entry("ramq_patient", "scheduling/patients"),
            Map.entry("appointment_notice", "scheduling/notices"), Map.entry("sms_message", "scheduling/notices"),
            Map.entry("sms_opt_out", "scheduling/notices"), Map.entry("voice_call", "scheduling/notices"), Map.entry("clinic_audit", "scheduling"));

    private static List<Path> sources(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** The module of a source file: its package folder under org/vigie, without the file name. */
    private static String moduleOf(Path file) {
        return MAIN.relativize(file.getParent()).toString().replace('\\', '/');
    }

    @Test
    void eachSchedulingTableIsNamedOnlyInsideTheModuleThatOwnsIt() throws IOException {
        List<String> strangers = new ArrayList<>();
        for (Path file : sources(MAIN)) {
            String text = Files.readString(file);
            OWNERS.forEach((table, owner) -> {
                if (Pattern.compile("\\b" + table + "\\b").matcher(text).find() && !moduleOf(file).equals(owner)) {
                    strangers.add(MAIN.relativize(file) + " names " + table + " (owned by " + owner + ")");
                }
            });
        }
        assertThat(strangers).as("a table is read and written by its owner; the others go through its API or its events").isEmpty();
    }

    @Test
    void noControllerHoldsSql() throws IOException {
        List<String> controllers = new ArrayList<>();
        for (Path file : sources(MAIN)) {
            String text = Files.readString(file);
            if (text.contains("@RestController") && text.contains("JdbcClient")) {
                controllers.add(MAIN.relativize(file).toString());
            }
        }
        assertThat(controllers).as("controllers turn HTTP into a call: the SQL is in repositories").isEmpty();
    }

    @Test
    void noClassIsOver300Lines() throws IOException {
        List<String> long_ = new ArrayList<>();
        for (Path file : sources(MAIN)) {
            long lines = Files.readAllLines(file).size();
            if (lines > 300) {
                long_.add(MAIN.relativize(file) + ": " + lines + " lines");
            }
        }
        assertThat(long_).as("past 300 lines, split").isEmpty();
    }
}
