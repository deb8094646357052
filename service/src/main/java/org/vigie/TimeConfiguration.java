package org.vigie;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock of the service, in the users' time zone: "today" for a declaration is the member's today. */
@Configuration
class TimeConfiguration {
    @Bean
    Clock clock(@Value("${vigie.time-zone:America/Montreal}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
