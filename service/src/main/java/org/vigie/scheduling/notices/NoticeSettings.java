package org.vigie.scheduling.notices;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from the sender address of the patients' e-mails
 * @param relayInterval how often a relay drains the due messages (also its first delay)
 * @param batch how many messages a relay claims at once
 * @param claim how long a claimed message is the claimer's: past it, another relay may take it (the claimer died)
 * @param shortCode the number SMS come from (R201)
 * @param selfService the patients' page the messages link to, before {@code ?r=<reference>&l=f|a}
 */
@ConfigurationProperties("vigie.notices")
record NoticeSettings(@DefaultValue("rendezvous@vigie.local") String from, @DefaultValue("10s") Duration relayInterval,
                      @DefaultValue("100") int batch, @DefaultValue("2m") Duration claim, @DefaultValue("64636") String shortCode,
                      @DefaultValue("https://rvsq.gouv.qc.ca/") String selfService) {
}
