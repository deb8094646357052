package org.vigie.scheduling.notices;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.vigie.notifications.NotificationSettings;
import org.vigie.scheduling.notices.Notices.ClaimedNotice;

/**
 * Sends the due messages of the outbox. Each drain claims a batch in a short transaction (SKIP LOCKED, then claimed_by and
 * claimed_until: no lock is held while sending), sends outside it, and marks a message sent only while it still holds it. A
 * failed send waits with a growing delay, the outboxes' one curve ({@link NotificationSettings.Retry}); a channel whose
 * gateway failed is left for the next drain, and one log line (counts and the failure's class, no patient's data) says that
 * messages wait. Past its expiry a message is dropped, never sent.
 */
@Component
class NoticeRelay implements NoticeDrain, SchedulingConfigurer {
    private static final Logger log = LoggerFactory.getLogger(NoticeRelay.class);
    private static final int CLAIM_TRIES = 5;

    private final Notices notices;
    private final NoticeSending sending;
    private final NoticeSettings settings;
    private final NotificationSettings.Retry retry;
    private final Clock clock;
    private final String instance = UUID.randomUUID().toString();
    private final AtomicLong drains = new AtomicLong();

    NoticeRelay(Notices notices, NoticeSending sending, NoticeSettings settings, NotificationSettings outboxes, Clock clock) {
        this.notices = notices;
        this.sending = sending;
        this.settings = settings;
        this.retry = outboxes.retry();
        this.clock = clock;
    }

    /** Every {@code vigie.notices.relay-interval} after the last drain ended, the first one interval after the start. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::drainDue, settings.relayInterval(), settings.relayInterval()));
    }

    @Override
    public int drainDue() {
        Instant now = clock.instant();
        String claimer = instance + "/" + drains.incrementAndGet(); // each drain its own claims, even two at once on one instance
        try {
            notices.expire(now);
        } catch (PessimisticLockingFailureException e) {
            log.debug("Expiry left to the next drain: {}", e.getClass().getSimpleName()); // another relay expires them meanwhile
        }
        Map<Channel, String> failures = new EnumMap<>(Channel.class); // the gateways failing this drain, with their first error
        Map<Channel, Integer> waiting = new EnumMap<>(Channel.class);
        int sent = 0;
        List<ClaimedNotice> batch;
        do {
            batch = claim(claimer, now, failures.keySet());
            Set<String> optedOut = sending.optedOut(batch);
            for (ClaimedNotice notice : batch) {
                if (failures.containsKey(notice.channel())) {
                    notices.release(notice.id(), claimer);
                    waiting.merge(notice.channel(), 1, Integer::sum);
                    continue;
                }
                var refusal = sending.refusal(notice, optedOut);
                if (refusal.isPresent()) {
                    notices.dropped(notice.id(), claimer, refusal.get());
                    continue;
                }
                try {
                    sending.send(notice);
                } catch (RuntimeException e) {
                    int attempts = notice.attempts() + 1;
                    notices.failed(notice.id(), claimer, attempts, now.plus(retry.after(attempts)), e.getClass().getSimpleName() + ": " + e.getMessage());
                    failures.putIfAbsent(notice.channel(), e.getClass().getSimpleName());
                    waiting.merge(notice.channel(), 1, Integer::sum);
                    continue;
                }
                if (markSent(notice, claimer)) {
                    sent++;
                }
            }
        } while (batch.size() == settings.batch());
        if (!failures.isEmpty()) {
            log.warn("Appointment messages wait: {} ({}) failing gateway(s), {} message(s) held back this drain",
                    failures.keySet(), failures.values(), waiting);
        }
        return sent;
    }

    /** Gone: marked so even when the mark meets another relay's lock (sent twice is worse than a second try of the mark). */
    private boolean markSent(ClaimedNotice notice, String claimer) {
        for (int attempt = 1; ; attempt++) {
            try {
                return notices.sent(notice.id(), claimer, clock.instant());
            } catch (PessimisticLockingFailureException e) {
                if (attempt == CLAIM_TRIES) {
                    throw e;
                }
            }
        }
    }

    /** A claim that lost a deadlock to another relay's is tried again (it rolled back whole: nothing was taken). */
    private List<ClaimedNotice> claim(String claimer, Instant now, Set<Channel> failing) {
        for (int attempt = 1; ; attempt++) {
            try {
                return notices.claim(claimer, now, now.plus(settings.claim()), settings.batch(), failing);
            } catch (PessimisticLockingFailureException e) {
                if (attempt == CLAIM_TRIES) {
                    log.info("A drain stopped after {} claims lost to other relays' locks: the next drain goes on", CLAIM_TRIES);
                    return List.of();
                }
            }
        }
    }
}
