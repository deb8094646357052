package org.vigie.scheduling.templates;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The schedule templates ({@code schedule_template}) with their professions, professionals, slots and slot services. */
@Repository
class Templates {
    private final JdbcClient jdbc;

    Templates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new template row; the unique key (location, name) refuses a second of the same name (DuplicateKeyException, R148). */
    long add(long enterpriseId, long locationId, String name, String by, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO schedule_template (enterprise_id, location_id, name, created_at, created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(enterpriseId, locationId, name, Timestamp.from(at), by, Timestamp.from(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    void rename(long id, String name, Instant at) {
        jdbc.sql("UPDATE schedule_template SET name = ?, updated_at = ? WHERE id = ?").params(name, Timestamp.from(at), id).update();
    }

    /** Whether another template of the location has this name (the database's collation compares them). */
    boolean nameTaken(long locationId, String name, long exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM schedule_template WHERE location_id = ? AND name = ? AND id <> ?").params(locationId, name, exceptId)
                .query(Long.class).single() > 0;
    }

    /** Replaces what the template holds: professions, professionals, slots and their services. */
    void fill(long id, List<String> professions, List<Long> professionals, List<Template.TemplateSlot> slots) {
        empty(id);
        professions.forEach(p -> jdbc.sql("INSERT INTO schedule_template_profession (template_id, profession) VALUES (?, ?)").params(id, p).update());
        professionals.forEach(p -> jdbc.sql("INSERT INTO schedule_template_professional (template_id, professional_id) VALUES (?, ?)")
                .params(id, p).update());
        for (Template.TemplateSlot slot : slots) {
            var keys = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO schedule_template_slot (template_id, day_of_week, local_start, local_end, visibility, publish_days_before,"
                            + " publish_time) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(id, slot.dayIndex(), slot.startTime(), slot.endTime(), slot.visibility(), slot.publishDaysBefore(), slot.publishTime())
                    .update(keys, "id");
            long slotId = keys.getKey().longValue();
            slot.services().forEach(s -> jdbc.sql("INSERT INTO schedule_template_slot_service (slot_id, service_id, appointment_type, reason,"
                    + " duration_minutes) VALUES (?, ?, ?, ?, ?)").params(slotId, s.serviceId(), s.appointmentType(), s.reason(), s.durationMinutes())
                    .update());
        }
    }

    void delete(long id) {
        empty(id);
        jdbc.sql("DELETE FROM schedule_template WHERE id = ?").param(id).update();
    }

    private void empty(long id) {
        jdbc.sql("DELETE FROM schedule_template_slot_service WHERE slot_id IN (SELECT id FROM schedule_template_slot WHERE template_id = ?)")
                .param(id).update();
        jdbc.sql("DELETE FROM schedule_template_slot WHERE template_id = ?").param(id).update();
        jdbc.sql("DELETE FROM schedule_template_professional WHERE template_id = ?").param(id).update();
        jdbc.sql("DELETE FROM schedule_template_profession WHERE template_id = ?").param(id).update();
    }

    /** The enterprise's template, its row locked for the transaction's writes when {@code lock}. */
    Optional<Template> find(long enterpriseId, long id, boolean lock) {
        return rows("WHERE enterprise_id = ? AND id = ?" + (lock ? " FOR UPDATE" : ""), enterpriseId, id).stream().findFirst();
    }

    /** The enterprise's templates, by location and name. */
    List<Template> of(long enterpriseId) {
        return rows("WHERE enterprise_id = ? ORDER BY location_id, name, id", enterpriseId);
    }

    private record TemplateRow(long id, long locationId, String name, String createdBy, Instant updatedAt) {
    }

    private List<Template> rows(String where, Object... params) {
        List<TemplateRow> rows = jdbc.sql("SELECT id, location_id, name, created_by, updated_at FROM schedule_template " + where).params(params)
                .query((rs, n) -> new TemplateRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant())).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        String ids = rows.stream().map(r -> String.valueOf(r.id())).collect(Collectors.joining(", "));
        Map<Long, List<String>> professions = pairs("SELECT template_id, profession FROM schedule_template_profession WHERE template_id IN ("
                + ids + ") ORDER BY template_id, profession", String.class);
        Map<Long, List<Long>> professionals = pairs("SELECT template_id, professional_id FROM schedule_template_professional WHERE template_id IN ("
                + ids + ") ORDER BY template_id, professional_id", Long.class);
        Map<Long, List<Template.TemplateService>> services = jdbc.sql("SELECT x.slot_id, x.service_id, x.appointment_type, x.reason, x.duration_minutes"
                        + " FROM schedule_template_slot_service x JOIN schedule_template_slot s ON s.id = x.slot_id WHERE s.template_id IN (" + ids
                        + ") ORDER BY x.slot_id, x.service_id")
                .query((rs, n) -> Map.entry(rs.getLong(1), new Template.TemplateService(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<Long, List<Template.TemplateSlot>> slots = jdbc.sql("SELECT template_id, id, day_of_week, local_start, local_end, visibility,"
                        + " publish_days_before, publish_time FROM schedule_template_slot WHERE template_id IN (" + ids + ")"
                        + " ORDER BY template_id, day_of_week, local_start, local_end, id")
                .query((rs, n) -> {
                    int days = rs.getInt(7);
                    Integer daysBefore = rs.wasNull() ? null : days;
                    long slotId = rs.getLong(2);
                    return Map.entry(rs.getLong(1), new Template.TemplateSlot(slotId, DayOfWeek.SUNDAY.plus(rs.getInt(3)), rs.getObject(4, LocalTime.class),
                            rs.getObject(5, LocalTime.class), rs.getString(6), daysBefore, rs.getObject(8, LocalTime.class),
                            services.getOrDefault(slotId, List.of())));
                })
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        List<Template> templates = new ArrayList<>();
        for (TemplateRow r : rows) {
            templates.add(new Template(r.id(), r.locationId(), r.name(), professions.getOrDefault(r.id(), List.of()),
                    professionals.getOrDefault(r.id(), List.of()), slots.getOrDefault(r.id(), List.of()), r.createdBy(), r.updatedAt()));
        }
        return templates;
    }

    private <T> Map<Long, List<T>> pairs(String sql, Class<T> type) {
        return jdbc.sql(sql).query((rs, n) -> Map.entry(rs.getLong(1), rs.getObject(2, type))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }
}
