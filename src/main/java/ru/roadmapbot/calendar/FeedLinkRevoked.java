package ru.roadmapbot.calendar;

/** A feed link stopped working (revoked, or replaced by a new one); the rendered feed behind it is dropped. */
public record FeedLinkRevoked(FeedOwner owner, String token) {
}
