package org.vigie.scheduling.communications;

import io.swagger.v3.oas.annotations.media.Schema;

/** An availability-screen message as patients see it at a scope, and whose text it is (§9 A22). */
record MessageText(String messageType, @Schema(description = "ENTERPRISE or a location's id") String scope, String language,
                   String html, @Schema(description = "LOCATION, ENTERPRISE or RAMQ (the default)") String source) {
}
