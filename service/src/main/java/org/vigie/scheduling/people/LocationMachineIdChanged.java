package org.vigie.scheduling.people;

/**
 * RAMQ changed the machine identifier recorded on a location (R255): what was linked through the previous one stops. Published
 * in the writer's transaction when the identifier sent differs from the one the location had.
 */
public record LocationMachineIdChanged(long enterpriseId, long locationId, String machineId, String by) {
}
