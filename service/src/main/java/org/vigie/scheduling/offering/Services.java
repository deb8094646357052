package org.vigie.scheduling.offering;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The professionals' services ({@code clinic_service}): never edited (R76), only marked deleted (R78). */
@Repository
class Services {
    private final JdbcClient jdbc;

    Services(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long add(long enterpriseId, long professionalId, NewService service, String ruleSetVersion, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO clinic_service (enterprise_id, professional_id, appointment_type, reason, duration_minutes, rule_set_version,"
                        + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(enterpriseId, professionalId, service.appointmentType(), service.reason(), service.durationMinutes(), ruleSetVersion,
                        Timestamp.from(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** A service of the professional in this enterprise, whatever its state: never one reached through another's ids. */
    Optional<Service> find(long enterpriseId, long professionalId, long serviceId) {
        return jdbc.sql("SELECT " + Service.COLUMNS + " FROM clinic_service s WHERE s.id = ? AND s.professional_id = ? AND s.enterprise_id = ?")
                .params(serviceId, professionalId, enterpriseId).query(Service::of).optional();
    }

    /** A service of the professional that is not deleted, as a group may hold it (R82). */
    Optional<Service> active(long professionalId, long serviceId) {
        return jdbc.sql("SELECT " + Service.COLUMNS + " FROM clinic_service s WHERE s.id = ? AND s.professional_id = ? AND s.deleted_at IS NULL")
                .params(serviceId, professionalId).query(Service::of).optional();
    }

    /** Whose active service of the enterprise this is (any professional's): a template's slot may offer it (R145). */
    Optional<Long> activeOwner(long enterpriseId, long serviceId) {
        return jdbc.sql("SELECT professional_id FROM clinic_service WHERE id = ? AND enterprise_id = ? AND deleted_at IS NULL")
                .params(serviceId, enterpriseId).query(Long.class).optional();
    }

    List<Service> of(long enterpriseId, long professionalId, boolean includeDeleted) {
        return jdbc.sql("SELECT " + Service.COLUMNS + " FROM clinic_service s WHERE s.professional_id = ? AND s.enterprise_id = ?"
                        + (includeDeleted ? "" : " AND s.deleted_at IS NULL") + " ORDER BY s.id")
                .params(professionalId, enterpriseId).query(Service::of).list();
    }

    /** Every service of the professional (deleted ones too), by id, and their options when they saved any. */
    record WithOptions(List<Service> services, Optional<Options> options) {
    }

    /** {@link #of} with the deleted ones and the professional's options, in one statement (a row per service, one without any). */
    WithOptions allWithOptions(long enterpriseId, long professionalId) {
        List<Service> services = new ArrayList<>();
        List<Options> options = new ArrayList<>();
        jdbc.sql("SELECT " + Service.COLUMNS + ", o.horizon_enabled, o.horizon_weeks FROM (SELECT 1 AS one) one"
                        + " LEFT JOIN clinic_service s ON s.professional_id = ? AND s.enterprise_id = ?"
                        + " LEFT JOIN clinic_professional_options o ON o.employee_id = ?") // sorted by id here, without a temporary table
                .params(professionalId, enterpriseId, professionalId)
                .query((RowCallbackHandler) rs -> {
                    if (options.isEmpty()) {
                        boolean enabled = rs.getBoolean(7);
                        options.add(rs.wasNull() ? null : new Options(enabled, rs.getObject(8, Integer.class)));
                    }
                    rs.getLong(1);
                    if (!rs.wasNull()) {
                        services.add(Service.of(rs, services.size()));
                    }
                });
        services.sort(Comparator.comparingLong(Service::id));
        return new WithOptions(services, options.isEmpty() ? Optional.empty() : Optional.ofNullable(options.get(0)));
    }

    /** Takes the service's row lock: a deletion and a slot taking the service up are ordered. */
    void lock(long serviceId) {
        lockActive(List.of(serviceId));
    }

    /**
     * Takes the row locks of those services, as their deletion takes one, by id (so two takers never wait on each other in
     * a cycle), and answers those still active: a slot taking a service up and the service's deletion are ordered (R77).
     */
    List<Long> lockActive(Collection<Long> serviceIds) {
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        String ids = serviceIds.stream().distinct().sorted().map(String::valueOf).collect(Collectors.joining(", "));
        return jdbc.sql("SELECT id, deleted_at FROM clinic_service WHERE id IN (" + ids + ") ORDER BY id FOR UPDATE")
                .query((rs, n) -> rs.getTimestamp(2) == null ? rs.getLong(1) : null).list().stream().filter(Objects::nonNull).toList();
    }

    void markDeleted(long serviceId, Instant at) {
        jdbc.sql("UPDATE clinic_service SET deleted_at = ? WHERE id = ?").params(Timestamp.from(at), serviceId).update();
    }

    /** Marks every service of the professional still active deleted; returns them, as they were. */
    List<Service> markAllDeleted(long professionalId, Instant at) {
        List<Service> active = jdbc.sql("SELECT " + Service.COLUMNS + " FROM clinic_service s WHERE s.professional_id = ? AND s.deleted_at IS NULL"
                + " ORDER BY s.id FOR UPDATE").param(professionalId).query(Service::of).list();
        active.forEach(service -> markDeleted(service.id(), at));
        return active;
    }
}
