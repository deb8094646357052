package org.vigie.scheduling.offering;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;

/** The answer to a service's deletion: the service, now « inactif », and the groups that went with it (R79). */
record DeletedService(@JsonUnwrapped ServiceView service,
                      @Schema(description = "The groups whose last service this was: deleted with it, since a group is never empty")
                      List<DeletedGroup> groupsDeleted) {
    record DeletedGroup(long id, String name) {
    }
}
