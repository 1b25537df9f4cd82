package ru.roadmapbot.calendar;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Related;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Trigger;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;

import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.schedule.SchedulePart;

/**
 * The VEVENTs of one activity: one per schedule part (UID = the activity's UID, or {@code n-UID} for the n-th of
 * several parts, so UIDs survive re-imports), plus one override (RECURRENCE-ID) for each instance of a repeating part
 * that has a status. Tasks are VEVENTs, not VTODOs: Google Calendar and Outlook do not show VTODOs of a subscription.
 */
final class ActivityEvents {

    /** Calendar titles are one line in every client; a longer title is cut there and given whole in the description. */
    private static final int SUMMARY_LIMIT = 200;
    private static final String DONE_MARK = "✅ ";
    private static final DateTimeFormatter UNTIL_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter UNTIL_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\n\\s*");

    private final CalendarProperties properties;
    private final Texts texts;

    ActivityEvents(CalendarProperties properties, Texts texts) {
        this.properties = properties;
        this.texts = texts;
    }

    List<VEvent> of(FeedEntry entry, FeedContent feed) {
        List<SchedulePart> parts = entry.activity().schedule().parts();
        List<VEvent> events = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String uid = parts.size() == 1 ? entry.activity().uid() : (i + 1) + "-" + entry.activity().uid();
            PartPlan plan = PartPlan.of(parts.get(i), entry.activity().schedule());
            if (plan.repeats()) {
                events.add(master(uid, plan, entry, feed));
                for (PartPlan.Instance instance : plan.instances()) {
                    OccurrenceStatus status = entry.statuses().get(instance.due());
                    if (status != null) {
                        events.add(override(uid, plan, instance, status, entry, feed));
                    }
                }
            } else {
                PartPlan.Instance only = plan.instances().get(0);
                events.add(single(uid, plan, entry.statuses().get(only.due()), entry, feed));
            }
        }
        return events;
    }

    private VEvent single(String uid, PartPlan plan, OccurrenceStatus status, FeedEntry entry, FeedContent feed) {
        VEvent event = base(uid, plan, plan.firstDay(), entry, status, feed);
        event.add(new Description(description(entry, feed, statusText(status, feed))));
        addAlarms(event, plan, status, feed);
        return event;
    }

    private VEvent master(String uid, PartPlan plan, FeedEntry entry, FeedContent feed) {
        VEvent event = base(uid, plan, plan.firstDay(), entry, null, feed);
        event.add(new RRule<>(plan.rule() + ";UNTIL=" + until(plan, feed.zone())));
        if (!plan.exdates().isEmpty()) {
            // only all-day rules have EXDATEs (a month's work has no time of day)
            event.add(new ExDate<>(new ParameterList(List.of(Value.DATE)),
                    String.join(",", plan.exdates().stream().map(UNTIL_DATE::format).toList())));
        }
        event.add(new Description(description(entry, feed, texts.plain(feed.language(), "calendar.status.each-time"))));
        addAlarms(event, plan, null, feed);
        return event;
    }

    private VEvent override(String uid, PartPlan plan, PartPlan.Instance instance, OccurrenceStatus status,
                            FeedEntry entry, FeedContent feed) {
        VEvent event = base(uid, plan, instance.day(), entry, status, feed);
        event.add(new RecurrenceId<>(start(plan, instance.day(), feed.zone())));
        event.add(new Description(description(entry, feed, statusText(status, feed))));
        addAlarms(event, plan, status, feed);
        return event;
    }

    /** What every component of the activity has: identity, version, dates, title, category, link. */
    private VEvent base(String uid, PartPlan plan, LocalDate day, FeedEntry entry, OccurrenceStatus status,
                        FeedContent feed) {
        FeedActivity activity = entry.activity();
        // Without METHOD, RFC 5545 makes DTSTAMP the time the event last changed, not the time of writing: so the
        // same data always gives the same bytes, and the ETag is a hash of them.
        Instant changed = activity.updatedAt();
        if (status != null && status.changedAt() != null && status.changedAt().isAfter(changed)) {
            changed = status.changedAt();
        }
        VEvent event = new VEvent(false);
        event.add(new Uid(uid));
        event.add(new DtStamp(changed.truncatedTo(ChronoUnit.SECONDS)));
        event.add(new LastModified(changed.truncatedTo(ChronoUnit.SECONDS)));
        event.add(new Sequence(activity.revision()));
        Temporal start = start(plan, day, feed.zone());
        event.add(new DtStart<>(start));
        event.add(new DtEnd<>(plan.timed() ? ((ZonedDateTime) start).plus(properties.eventLength())
                : day.plusDays(plan.days())));
        event.add(new Summary(summary(activity, status != null && status.finished(), feed.language())));
        // the roadmap first: numbers repeat across roadmaps, and clients that colour by category colour by it
        List<String> categories = new ArrayList<>(2);
        if (activity.roadmap() != null && !activity.roadmap().isBlank()) {
            categories.add(activity.roadmap());
        }
        if (activity.section() != null && !activity.section().isBlank()) {
            categories.add(activity.section().strip());
        }
        if (!categories.isEmpty()) {
            event.add(new Categories(new TextList(categories)));
        }
        if (!plan.timed()) {
            // a deadline or a months-long period must not make the person "busy" in Outlook's scheduling
            event.add(ImmutableTransp.TRANSPARENT);
        }
        if (!properties.activityUrl().isBlank() && activity.id() != null) {
            event.add(new Url(URI.create(properties.activityUrl()
                    .replace("{base}", properties.baseUrl().toString().replaceAll("/$", ""))
                    .replace("{id}", activity.id().toString()))));
        }
        return event;
    }

    private static Temporal start(PartPlan plan, LocalDate day, ZoneId zone) {
        return plan.timed() ? ZonedDateTime.of(day, plan.time(), zone) : day;
    }

    /** UNTIL must have DTSTART's type: a date for all-day events, a UTC time for timed ones (RFC 5545). */
    private static String until(PartPlan plan, ZoneId zone) {
        LocalDate last = plan.part().end();
        if (!plan.timed()) {
            return UNTIL_DATE.format(last);
        }
        ZonedDateTime endOfLastDay = ZonedDateTime.of(last, LocalTime.of(23, 59, 59), zone);
        return UNTIL_TIME.format(endOfLastDay.withZoneSameInstant(ZoneOffset.UTC));
    }

    /** "✅ 16 Провести педсовет · 500+ · Гороховецкий р-н · 2022": the roadmap named, the title cut if it is long. */
    private String summary(FeedActivity activity, boolean finished, String language) {
        String title = shortTitle(activity);
        String named = activity.roadmap() == null || activity.roadmap().isBlank() ? title
                : texts.plain(language, "calendar.event.summary", title, activity.roadmap());
        return finished ? DONE_MARK + named : named;
    }

    private static String shortTitle(FeedActivity activity) {
        String number = activity.number() == null || activity.number().isBlank() ? "" : activity.number().strip() + " ";
        String title = SPACES.matcher(number + activity.title().strip()).replaceAll(" ");
        return title.length() > SUMMARY_LIMIT ? title.substring(0, SUMMARY_LIMIT - 1).strip() + "…" : title;
    }

    private String description(FeedEntry entry, FeedContent feed, String status) {
        FeedActivity activity = entry.activity();
        String language = feed.language();
        List<String> lines = new ArrayList<>();
        if (shortTitle(activity).endsWith("…")) {
            lines.add(activity.title().strip());
        }
        line(lines, language, "calendar.event.responsible", activity.responsible());
        line(lines, language, "calendar.event.result", activity.expectedResult());
        line(lines, language, "calendar.event.controller", activity.controller());
        line(lines, language, "calendar.event.status", status);
        line(lines, language, "calendar.event.schedule", activity.schedule().text());
        line(lines, language, "calendar.event.roadmap", activity.roadmap());
        if (!entry.schools().isEmpty()) {
            line(lines, language, "calendar.event.schools", String.join(", ", entry.schools()));
        }
        return String.join("\n", lines);
    }

    private void line(List<String> lines, String language, String key, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(texts.plain(language, key, LINE_BREAK.matcher(value.strip()).replaceAll("; ")));
        }
    }

    private String statusText(OccurrenceStatus status, FeedContent feed) {
        String key = status == null ? "calendar.status.none"
                : "calendar.status." + status.state().name().toLowerCase(java.util.Locale.ROOT);
        return texts.plain(feed.language(), key);
    }

    /**
     * Reminders in the person's lead days, at the configured time of day (Apple Calendar and Thunderbird honour
     * them; Google ignores alarms of subscriptions, the bot reminds there). An all-day DTSTART is that day's
     * midnight, so "7 days before, at 09:00" is -P6DT15H; a period is due on its last day, so its alarms count back
     * from DTEND (the midnight after it). Nothing rings for what is already done.
     */
    private void addAlarms(VEvent event, PartPlan plan, OccurrenceStatus status, FeedContent feed) {
        if (status != null && status.finished()) {
            return;
        }
        // clients show the event's own title with an alarm; a copy of it in every VALARM would double a feed's size
        String reminder = texts.plain(feed.language(), "calendar.event.alarm");
        if (plan.timed()) {
            event.add(alarm(new Trigger(Duration.ofHours(-1)), reminder));
            return;
        }
        Duration timeOfDay = Duration.between(LocalTime.MIDNIGHT, properties.alarmTime());
        for (int lead : feed.leadDays()) {
            if (plan.repeats() && lead >= plan.recurrence().approximatePeriodDays()) {
                continue; // a week ahead of a weekly webinar would ring during the previous one
            }
            Trigger trigger = plan.spansDays() && !plan.part().isDeadline()
                    ? new Trigger(new ParameterList(List.of(Related.END)), timeOfDay.minusDays(lead + 1L))
                    : new Trigger(timeOfDay.minusDays(lead));
            event.add(alarm(trigger, reminder));
        }
    }

    private static VAlarm alarm(Trigger trigger, String description) {
        VAlarm alarm = new VAlarm();
        alarm.add(trigger);
        alarm.add(ImmutableAction.DISPLAY);
        alarm.add(new Description(description));
        return alarm;
    }
}
