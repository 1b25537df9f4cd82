package ru.roadmapbot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that runs at real speed from a chosen instant and can be moved: tests fast-forward through a roadmap. */
public final class MovableClock extends Clock {

    private volatile Duration offset;

    public MovableClock(Instant start) {
        setTo(start);
    }

    public void setTo(Instant instant) {
        offset = Duration.between(Instant.now(), instant);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
