package org.vigie.scheduling;

import java.util.List;

/**
 * The permission rows an employee holds on a professional's agenda at a location (READ, READ_WRITE), published here and
 * implemented by the module that owns them ({@code access}), so that the matrix lookup of the root reads no table.
 */
public interface AgendaGrants {
    List<String> grants(long employeeId, long locationId, long professionalId);

    /** The accesses of every row the employee holds, whichever location and professional (who may book somewhere). */
    List<String> accessesHeldBy(long employeeId);
}
