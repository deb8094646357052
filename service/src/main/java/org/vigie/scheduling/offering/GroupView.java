package org.vigie.scheduling.offering;

import java.util.List;

/** A service group as the API shows it, with its services. */
record GroupView(long id, String name, List<ServiceView> services) {
}
