package ru.roadmapbot.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import ru.roadmapbot.messenger.Texts;

/**
 * Writes a feed as iCalendar with ical4j: the calendar's name, description and refresh hints, the events of every
 * dated activity, and the VTIMEZONE of the feed's zone when an event has a time of day. The same content always gives
 * the same bytes. Stateless apart from the zone registry; safe for concurrent use.
 */
final class FeedWriter {

    static final String PRODUCT_ID = "-//RoadmapBot//Calendar feeds 1.0//RU";

    private final CalendarProperties properties;
    private final Texts texts;
    private final ActivityEvents events;
    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    FeedWriter(CalendarProperties properties, Texts texts) {
        this.properties = properties;
        this.texts = texts;
        this.events = new ActivityEvents(properties, texts);
    }

    /** The calendar, checked with ical4j's validator in the tests. */
    Calendar calendar(FeedContent content) {
        TimeZone zone = zone(content.zone());
        // a zone ical4j has no definition for cannot be referenced by TZID: its times are written in UTC instead
        FeedContent feed = zone != null ? content : new FeedContent(content.name(), ZoneOffset.UTC, content.language(),
                content.leadDays(), content.entries());
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", feed.name()));
        calendar.add(new Name(feed.name()));
        calendar.add(new XProperty("X-WR-CALDESC", description(feed)));
        // Google Calendar places floating times by it; all-day dates are not moved by any zone
        calendar.add(new XProperty("X-WR-TIMEZONE", content.zone().getId()));
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), properties.refreshInterval()));
        // Outlook and older Apple clients read this one instead of REFRESH-INTERVAL (RFC 7986)
        calendar.add(new XProperty("X-PUBLISHED-TTL", properties.refreshInterval().toString()));
        List<VEvent> all = new ArrayList<>();
        for (FeedEntry entry : feed.entries()) {
            if (entry.activity().dated()) {
                all.addAll(events.of(entry, feed));
            }
        }
        boolean timed = all.stream()
                .anyMatch(e -> e.getProperty("DTSTART").flatMap(p -> p.getParameter("TZID")).isPresent());
        if (timed) {
            // before the events that refer to it: some Outlook versions read the file in one pass
            calendar.add(zone.getVTimeZone());
        }
        all.forEach(calendar::add);
        return calendar;
    }

    byte[] write(FeedContent feed) {
        StringWriter out = new StringWriter(64 * 1024);
        try {
            new CalendarOutputter(false).output(calendar(feed), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return OctetFolding.refold(out.toString());
    }

    private String description(FeedContent feed) {
        String text = texts.plain(feed.language(), "calendar.description");
        long undated = feed.undated();
        return undated == 0 ? text : text + " " + texts.plain(feed.language(), "calendar.description.undated", undated);
    }

    private TimeZone zone(ZoneId zone) {
        synchronized (zones) {
            return zones.getTimeZone(zone.getId());
        }
    }
}
