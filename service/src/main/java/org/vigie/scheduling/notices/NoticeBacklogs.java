package org.vigie.scheduling.notices;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.vigie.scheduling.SchedulingRules;
import org.vigie.web.Caller;
import org.vigie.web.ForbiddenException;

/**
 * What the operator watches (lessons: "watch the age of the oldest due row"): per channel the messages waiting and those due,
 * and how long the oldest due one has waited; also the gauge {@code vigie.notices.oldest.due.age} (seconds).
 */
@Service
class NoticeBacklogs {
    private final Notices notices;
    private final Clock clock;
    private final SchedulingRules rules;

    NoticeBacklogs(Notices notices, Clock clock, ObjectProvider<MeterRegistry> registry, SchedulingRules rules) {
        this.notices = notices;
        this.clock = clock;
        this.rules = rules;
        registry.ifAvailable(r -> Gauge.builder("vigie.notices.oldest.due.age", this, b -> b.oldestDueAge(b.clock.instant()))
                .description("Seconds the oldest due appointment message has waited (0 when none waits)").baseUnit("seconds").register(r));
    }

    @Schema(description = "The waiting appointment messages of one channel")
    record ChannelBacklog(@Schema(description = "EMAIL, SMS or VOICE_CALL") String channel,
                          @Schema(description = "Messages waiting, due or not yet (reminders)") long pending,
                          @Schema(description = "Of them, those whose time has come") long due,
                          @Schema(description = "How long the oldest due one has waited, in seconds; 0 when none is due") long oldestDueAgeSeconds) {
    }

    record NoticeBacklog(List<ChannelBacklog> channels, @Schema(description = "Over all channels, in seconds") long oldestDueAgeSeconds) {
    }

    NoticeBacklog backlog() {
        if (!Caller.current().isAdmin()) {
            throw new ForbiddenException(rules.text("notices.backlog.operatorOnly"));
        }
        Instant now = clock.instant();
        List<ChannelBacklog> channels = notices.backlog(now).stream()
                .map(c -> new ChannelBacklog(c.channel(), c.pending(), c.due(), age(c.oldestDue(), now))).toList();
        return new NoticeBacklog(channels, channels.stream().mapToLong(ChannelBacklog::oldestDueAgeSeconds).max().orElse(0));
    }

    double oldestDueAge(Instant now) {
        return notices.backlog(now).stream().map(c -> c.oldestDue()).filter(Objects::nonNull).mapToLong(d -> age(d, now)).max().orElse(0);
    }

    private static long age(Instant due, Instant now) {
        return due == null ? 0 : Math.max(0, Duration.between(due, now).getSeconds());
    }
}
