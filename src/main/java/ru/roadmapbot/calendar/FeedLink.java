package ru.roadmapbot.calendar;

import java.net.URI;

/**
 * A subscription link of a feed, in the two spellings clients want: {@code https://…/calendar/TOKEN.ics} for
 * Google Calendar ("From URL") and browsers, {@code webcal://…} which Apple Calendar and Outlook open as a
 * subscription rather than a one-time import.
 */
public record FeedLink(FeedOwner owner, String token, URI https, URI webcal) {
}
