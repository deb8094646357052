package org.vigie.scheduling.availability;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.vigie.scheduling.offering.ServiceUse;

/** The availability slots ({@code availability_slot}) and the services each offers ({@code availability_slot_service}). */
@Repository
class Slots implements ServiceUse {
    private static final String COLUMNS = "id, professional_id, location_id, local_date, local_start, local_end, starts_at, ends_at,"
            + " visibility, publish_from";

    private final JdbcClient jdbc;

    Slots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A slot is past once it has ended (§9 A4): a running one still counts. */
    @Override
    public long futureSlotsOffering(long serviceId, Instant now) {
        return jdbc.sql("SELECT COUNT(*) FROM availability_slot s JOIN availability_slot_service x ON x.slot_id = s.id"
                + " WHERE x.service_id = ? AND s.ends_at > ?").params(serviceId, Timestamp.from(now)).query(Long.class).single();
    }

    long add(long enterpriseId, long professionalId, Placement slot, String createdBy, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO availability_slot (enterprise_id, professional_id, location_id, local_date, local_start, local_end, starts_at,"
                        + " ends_at, visibility, publish_from, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(enterpriseId, professionalId, slot.locationId(), slot.date(), slot.startTime(), slot.endTime(),
                        Timestamp.from(slot.startsAt()), Timestamp.from(slot.endsAt()), name(slot.visibility()), timestamp(slot.publishFrom()),
                        Timestamp.from(now), createdBy)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        offer(id, slot.serviceIds());
        return id;
    }

    void change(long slotId, Placement slot) {
        jdbc.sql("UPDATE availability_slot SET location_id = ?, local_date = ?, local_start = ?, local_end = ?, starts_at = ?, ends_at = ?,"
                        + " visibility = ?, publish_from = ? WHERE id = ?")
                .params(slot.locationId(), slot.date(), slot.startTime(), slot.endTime(), Timestamp.from(slot.startsAt()),
                        Timestamp.from(slot.endsAt()), name(slot.visibility()), timestamp(slot.publishFrom()), slotId)
                .update();
        jdbc.sql("DELETE FROM availability_slot_service WHERE slot_id = ?").param(slotId).update();
        offer(slotId, slot.serviceIds());
    }

    void delete(long slotId) {
        jdbc.sql("DELETE FROM availability_slot_service WHERE slot_id = ?").param(slotId).update();
        jdbc.sql("DELETE FROM availability_slot WHERE id = ?").param(slotId).update();
    }

    /** The slot of the professional in this enterprise, its row locked for the transaction's writes. */
    Optional<Slot> lock(long enterpriseId, long professionalId, long slotId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM availability_slot WHERE id = ? AND professional_id = ? AND enterprise_id = ? FOR UPDATE")
                .params(slotId, professionalId, enterpriseId).query(this::slot).optional().map(this::withServices);
    }

    /**
     * The professional's slots on the local dates from {@code from} to {@code to} included, by start, with their services: one
     * statement, a row per slot and service (one row for a slot without any).
     */
    List<Slot> of(long enterpriseId, long professionalId, LocalDate from, LocalDate to) {
        Map<Long, Slot> slots = new LinkedHashMap<>();
        Map<Long, List<Long>> services = new HashMap<>();
        jdbc.sql("SELECT s.id, s.professional_id, s.location_id, s.local_date, s.local_start, s.local_end, s.starts_at, s.ends_at, s.visibility,"
                        + " s.publish_from, x.service_id FROM availability_slot s LEFT JOIN availability_slot_service x ON x.slot_id = s.id"
                        + " WHERE s.professional_id = ? AND s.enterprise_id = ? AND s.local_date BETWEEN ? AND ?"
                        + " ORDER BY s.local_date, s.local_start, s.id") // a slot's services sorted here: ordering by both tables costs a temporary table
                .params(professionalId, enterpriseId, from, to)
                .query((RowCallbackHandler) rs -> {
                    long id = rs.getLong(1);
                    if (!slots.containsKey(id)) {
                        slots.put(id, slot(rs, 0));
                    }
                    long service = rs.getLong(11);
                    if (!rs.wasNull()) {
                        services.computeIfAbsent(id, s -> new ArrayList<>()).add(service);
                    }
                });
        services.values().forEach(Collections::sort);
        return slots.values().stream().map(s -> with(s, services.getOrDefault(s.id(), List.of()))).toList();
    }

    /**
     * The same, read as last committed and locked for the transaction's writes: under REPEATABLE READ a plain read after the
     * professional's {@link AgendaLocks} row would still see the transaction's first snapshot, without what the previous
     * holder of the lock wrote.
     */
    List<Slot> lockAll(long enterpriseId, long professionalId, LocalDate from, LocalDate to) {
        return of(enterpriseId, professionalId, from, to, " FOR UPDATE");
    }

    private List<Slot> of(long enterpriseId, long professionalId, LocalDate from, LocalDate to, String lock) {
        List<Slot> slots = jdbc.sql("SELECT " + COLUMNS + " FROM availability_slot WHERE professional_id = ? AND enterprise_id = ?"
                        + " AND local_date BETWEEN ? AND ? ORDER BY local_date, local_start, id" + lock)
                .params(professionalId, enterpriseId, from, to).query(this::slot).list();
        if (slots.isEmpty()) {
            return slots;
        }
        Map<Long, List<Long>> services = jdbc.sql("SELECT slot_id, service_id FROM availability_slot_service WHERE slot_id IN ("
                        + slots.stream().map(s -> String.valueOf(s.id())).collect(Collectors.joining(", ")) + ") ORDER BY slot_id, service_id" + lock)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return slots.stream().map(s -> with(s, services.getOrDefault(s.id(), List.of()))).toList();
    }

    private void offer(long slotId, List<Long> serviceIds) {
        serviceIds.forEach(serviceId -> jdbc.sql("INSERT INTO availability_slot_service (slot_id, service_id) VALUES (?, ?)")
                .params(slotId, serviceId).update());
    }

    private Slot withServices(Slot slot) {
        return with(slot, jdbc.sql("SELECT service_id FROM availability_slot_service WHERE slot_id = ? ORDER BY service_id")
                .param(slot.id()).query(Long.class).list());
    }

    private static Slot with(Slot s, List<Long> services) {
        return new Slot(s.id(), s.professionalId(), s.locationId(), s.date(), s.startTime(), s.endTime(), s.startsAt(), s.endsAt(),
                s.visibility(), s.publishFrom(), List.copyOf(services));
    }

    private Slot slot(ResultSet rs, int row) throws SQLException {
        long location = rs.getLong(3);
        Long locationId = rs.wasNull() ? null : location;
        String visibility = rs.getString(9);
        Timestamp publishFrom = rs.getTimestamp(10);
        return new Slot(rs.getLong(1), rs.getLong(2), locationId, rs.getObject(4, LocalDate.class), rs.getObject(5, java.time.LocalTime.class),
                rs.getObject(6, java.time.LocalTime.class), rs.getTimestamp(7).toInstant(), rs.getTimestamp(8).toInstant(),
                visibility == null ? null : Visibility.valueOf(visibility), publishFrom == null ? null : publishFrom.toInstant(), List.of());
    }

    private static String name(Visibility visibility) {
        return visibility == null ? null : visibility.name();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
