package org.vigie.scheduling.availability;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes an agenda feed as an iCalendar object (RFC 5545) with ical4j: one VTIMEZONE for each zone its events use, one VEVENT
 * per {@link FeedEvent}. It writes only what an event holds, and an event has no field for a patient: whatever a caller
 * gathers, no patient's data can reach a feed through here.
 */
final class AgendaCalendar {
    static final String PRODUCT = "-//Vigie//Agendas des cliniques//FR";
    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private AgendaCalendar() {
    }

    /**
     * One event of the feed: a slot or an appointment, its words already taken from the pack.
     *
     * @param description null for none
     * @param location the location's label, null for none (an incomplete slot)
     * @param busy whether it takes the professional's time (an appointment), not only offers it (a slot)
     */
    record FeedEvent(String uid, String summary, String description, String location, ZonedDateTime start, ZonedDateTime end, boolean busy) {
    }

    /** The calendar named {@code name}, its events stamped {@code now} (to the second). */
    static String write(String name, List<FeedEvent> events, Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        Map<ZoneId, Optional<VTimeZone>> zones = new LinkedHashMap<>();
        events.forEach(event -> zones.computeIfAbsent(event.start().getZone(), AgendaCalendar::vTimeZone));
        zones.values().forEach(zone -> zone.ifPresent(calendar::add));
        DtStamp stamp = new DtStamp(now.truncatedTo(ChronoUnit.SECONDS));
        for (FeedEvent event : events) {
            boolean described = zones.get(event.start().getZone()).isPresent();
            calendar.add(vEvent(event, stamp, described));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static VEvent vEvent(FeedEvent event, DtStamp stamp, boolean zoned) {
        VEvent vEvent = new VEvent(false);
        vEvent.add(new Uid(event.uid()));
        vEvent.add(stamp);
        vEvent.add(new DtStart<>(time(event.start(), zoned)));
        vEvent.add(new DtEnd<>(time(event.end(), zoned)));
        vEvent.add(new Summary(event.summary()));
        if (event.description() != null && !event.description().isBlank()) {
            vEvent.add(new Description(event.description()));
        }
        if (event.location() != null) {
            vEvent.add(new Location(event.location()));
        }
        vEvent.add(event.busy() ? ImmutableTransp.OPAQUE : ImmutableTransp.TRANSPARENT);
        return vEvent;
    }

    /** The local time with the zone's TZID when its VTIMEZONE is in the calendar, else the instant in UTC. */
    private static Temporal time(ZonedDateTime time, boolean zoned) {
        return zoned ? time : time.toInstant();
    }

    /**
     * The zone's definition from ical4j's bundled tz database, under the zone's own TZID: ical4j files a linked zone under its
     * target (America/Montreal is America/Toronto there), while the events name the location's zone as it is stored.
     */
    private static Optional<VTimeZone> vTimeZone(ZoneId zone) {
        TimeZone known = ZONES.getTimeZone(zone.getId());
        if (known == null || known.getVTimeZone() == null) {
            return Optional.empty();
        }
        VTimeZone definition = known.getVTimeZone().copy();
        if (!zone.getId().equals(definition.getTimeZoneId().getValue())) {
            definition.removeAll("TZURL", "X-LIC-LOCATION");
            definition.replace(new TzId(zone.getId()));
        }
        return Optional.of(definition);
    }
}
