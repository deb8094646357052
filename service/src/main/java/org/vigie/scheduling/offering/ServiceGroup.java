package org.vigie.scheduling.offering;

/** A service group as {@link ServiceGroups} stores it: its name, unique for its professional (R85); its services apart. */
record ServiceGroup(long id, String name) {
}
