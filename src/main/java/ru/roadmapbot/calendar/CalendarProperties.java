package ru.roadmapbot.calendar;

import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of calendar feeds ({@code roadmapbot.calendar.*}).
 *
 * @param baseUrl             the public address of this app, the start of every feed link (https in production)
 * @param refreshInterval     how often clients are asked to poll (REFRESH-INTERVAL, X-PUBLISHED-TTL, max-age)
 * @param alarmTime           local time of day of the reminders of all-day events
 * @param eventLength         length of an event with a known time ("22.02.2022 в 10.00"); the roadmap gives none
 * @param language            language of school and roadmap feeds (a participant's feed uses theirs)
 * @param activityUrl         link from an event back to its activity, {base} and {id} filled in; empty while
 *                            there is no web page for activities
 * @param changeCheckInterval how often the database is asked whether activities or statuses changed; changes made
 *                            in this process are seen at once, this catches those of the command line
 * @param cacheLimit          memory for rendered feeds; the least recently polled are dropped first
 */
@ConfigurationProperties("roadmapbot.calendar")
public record CalendarProperties(@DefaultValue("http://localhost:8080") URI baseUrl,
                                 @DefaultValue("1h") Duration refreshInterval,
                                 @DefaultValue("09:00") LocalTime alarmTime,
                                 @DefaultValue("1h") Duration eventLength,
                                 @DefaultValue("ru") String language,
                                 @DefaultValue("") String activityUrl,
                                 @DefaultValue("1s") Duration changeCheckInterval,
                                 @DefaultValue("64MB") DataSize cacheLimit) {
}
