package org.vigie.scheduling.offering;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The professionals' service groups ({@code clinic_service_group}) and what each holds ({@code clinic_service_group_member}). */
@Repository
class ServiceGroups {
    private final JdbcClient jdbc;

    ServiceGroups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new group, named; a name the professional already uses fails on the unique key (R85). */
    long add(long enterpriseId, long professionalId, String name) {
        jdbc.sql("INSERT INTO clinic_service_group (enterprise_id, professional_id, name) VALUES (?, ?, ?)")
                .params(enterpriseId, professionalId, name).update();
        return jdbc.sql("SELECT id FROM clinic_service_group WHERE professional_id = ? AND name = ?")
                .params(professionalId, name).query(Long.class).single();
    }

    void rename(long groupId, String name) {
        jdbc.sql("UPDATE clinic_service_group SET name = ? WHERE id = ?").params(name, groupId).update();
    }

    void hold(long groupId, List<Long> serviceIds) {
        jdbc.sql("DELETE FROM clinic_service_group_member WHERE group_id = ?").param(groupId).update();
        serviceIds.forEach(s -> jdbc.sql("INSERT INTO clinic_service_group_member (group_id, service_id) VALUES (?, ?)").params(groupId, s).update());
    }

    void delete(long groupId) {
        jdbc.sql("DELETE FROM clinic_service_group_member WHERE group_id = ?").param(groupId).update();
        jdbc.sql("DELETE FROM clinic_service_group WHERE id = ?").param(groupId).update();
    }

    /** A group of the professional in this enterprise: never one reached through another's ids. */
    Optional<ServiceGroup> find(long enterpriseId, long professionalId, long groupId) {
        return jdbc.sql("SELECT id, name FROM clinic_service_group WHERE id = ? AND professional_id = ? AND enterprise_id = ?")
                .params(groupId, professionalId, enterpriseId).query((rs, n) -> new ServiceGroup(rs.getLong(1), rs.getString(2))).optional();
    }

    List<ServiceGroup> of(long enterpriseId, long professionalId) {
        return jdbc.sql("SELECT id, name FROM clinic_service_group WHERE professional_id = ? AND enterprise_id = ? ORDER BY name")
                .params(professionalId, enterpriseId).query((rs, n) -> new ServiceGroup(rs.getLong(1), rs.getString(2))).list();
    }

    List<Service> services(long groupId) {
        return jdbc.sql("SELECT " + Service.COLUMNS + " FROM clinic_service_group_member m JOIN clinic_service s ON s.id = m.service_id"
                + " WHERE m.group_id = ? ORDER BY s.id").param(groupId).query(Service::of).list();
    }

    /**
     * The groups holding this service and no other, which it would leave empty: each group's row locked first and its
     * members read under the lock, so that two of its last services deleted at once still leave no empty group.
     */
    List<ServiceGroup> holdingOnly(long serviceId) {
        List<Long> holding = jdbc.sql("SELECT group_id FROM clinic_service_group_member WHERE service_id = ? ORDER BY group_id")
                .param(serviceId).query(Long.class).list();
        return holding.stream().map(this::lock).flatMap(Optional::stream)
                .filter(group -> jdbc.sql("SELECT service_id FROM clinic_service_group_member WHERE group_id = ? FOR UPDATE")
                        .param(group.id()).query(Long.class).list().stream().allMatch(member -> member == serviceId))
                .toList();
    }

    /** Takes the group's row lock, so that changes of one group are ordered; empty when it is gone meanwhile. */
    Optional<ServiceGroup> lock(long groupId) {
        return jdbc.sql("SELECT id, name FROM clinic_service_group WHERE id = ? FOR UPDATE").param(groupId)
                .query((rs, n) -> new ServiceGroup(rs.getLong(1), rs.getString(2))).optional();
    }

    /** Takes the service out of every group that holds it (R79). */
    void release(long serviceId) {
        jdbc.sql("DELETE FROM clinic_service_group_member WHERE service_id = ?").param(serviceId).update();
    }

    /** Deletes every group of the professional; returns them. */
    List<ServiceGroup> deleteAllOf(long professionalId) {
        List<ServiceGroup> groups = jdbc.sql("SELECT id, name FROM clinic_service_group WHERE professional_id = ? ORDER BY id")
                .param(professionalId).query((rs, n) -> new ServiceGroup(rs.getLong(1), rs.getString(2))).list();
        groups.forEach(group -> delete(group.id()));
        return groups;
    }
}
