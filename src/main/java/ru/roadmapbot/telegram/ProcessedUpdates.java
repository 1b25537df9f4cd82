package ru.roadmapbot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Claims update ids so each update is handled once: Telegram redelivers an update when the offset was not
 * acknowledged (a crash, a restart), and with several instances only one may act on it. A claim counts for a day:
 * Telegram keeps an update at most 24 hours, and after a week without any it numbers updates afresh, so an older
 * claim of the same id belongs to another update and is taken over.
 */
class ProcessedUpdates {

    private static final Duration KEEP = Duration.ofDays(2);
    /** Telegram keeps an undelivered update no longer than this; a claim older than that is not a redelivery. */
    static final Duration REDELIVERY_WINDOW = Duration.ofHours(24);
    private static final int CLEAN_EVERY = 1000;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AtomicInteger claims = new AtomicInteger();

    ProcessedUpdates(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** True for the first claim of an update id, false for every later one. */
    boolean claim(long updateId) {
        Instant now = clock.instant();
        try {
            jdbc.update("insert into processed_update (update_id, processed_at) values (?, ?)", updateId,
                    java.sql.Timestamp.from(now));
        } catch (DataIntegrityViolationException duplicate) {
            // one conditional update: of two instances taking over the same stale claim, one wins
            return jdbc.update("update processed_update set processed_at = ? where update_id = ? and processed_at < ?",
                    java.sql.Timestamp.from(now), updateId, java.sql.Timestamp.from(now.minus(REDELIVERY_WINDOW))) == 1;
        }
        if (claims.incrementAndGet() % CLEAN_EVERY == 0) {
            jdbc.update("delete from processed_update where processed_at < ?", java.sql.Timestamp.from(now.minus(KEEP)));
        }
        return true;
    }
}
