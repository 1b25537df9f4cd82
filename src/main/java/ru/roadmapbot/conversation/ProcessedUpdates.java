package ru.roadmapbot.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Claims updates by their key so each is handled once: a messenger redelivers an update it was not sure we took (a
 * crash, a restart, a webhook answered late), and with several instances only one may act on it. A claim counts for
 * a day: Telegram keeps an update at most 24 hours, and after a week without any it numbers updates afresh, so an
 * older claim of the same key belongs to another update and is taken over.
 */
class ProcessedUpdates {

    private static final Duration KEEP = Duration.ofDays(2);
    /** Messengers keep an undelivered update no longer than this; a claim older than that is not a redelivery. */
    static final Duration REDELIVERY_WINDOW = Duration.ofHours(24);
    private static final int CLEAN_EVERY = 1000;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AtomicInteger claims = new AtomicInteger();

    ProcessedUpdates(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** True for the first claim of an update's key ("telegram:123456"), false for every later one. */
    boolean claim(String eventKey) {
        Instant now = clock.instant();
        try {
            jdbc.update("insert into processed_event (event_key, processed_at) values (?, ?)", eventKey,
                    java.sql.Timestamp.from(now));
        } catch (DataIntegrityViolationException duplicate) {
            // one conditional update: of two instances taking over the same stale claim, one wins
            return jdbc.update("update processed_event set processed_at = ? where event_key = ? and processed_at < ?",
                    java.sql.Timestamp.from(now), eventKey, java.sql.Timestamp.from(now.minus(REDELIVERY_WINDOW))) == 1;
        }
        if (claims.incrementAndGet() % CLEAN_EVERY == 0) {
            jdbc.update("delete from processed_event where processed_at < ?", java.sql.Timestamp.from(now.minus(KEEP)));
        }
        return true;
    }
}
