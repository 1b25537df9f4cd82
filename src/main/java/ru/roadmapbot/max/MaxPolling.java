package ru.roadmapbot.max;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

import ru.roadmapbot.cluster.LeasedPoll;
import ru.roadmapbot.messenger.DeliveryFailedException;

/**
 * MAX's long poll ({@code GET /updates}), run by the instance holding the poll lease. The marker MAX returns is kept
 * in the database after each batch, so an instance that takes the poll over goes on where the last one stopped; a
 * failing poll backs off from 5 seconds to a minute, as MAX's own clients do.
 */
class MaxPolling implements LeasedPoll.Poller {

    private static final Logger log = LoggerFactory.getLogger(MaxPolling.class);
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(5);
    private static final Duration LAST_BACKOFF = Duration.ofMinutes(1);

    private final MaxApi api;
    private final MaxUpdates updates;
    private final JdbcTemplate jdbc;
    private final int timeoutSeconds;
    private volatile Thread thread;

    MaxPolling(MaxApi api, MaxUpdates updates, JdbcTemplate jdbc, int timeoutSeconds) {
        this.api = api;
        this.updates = updates;
        this.jdbc = jdbc;
        this.timeoutSeconds = timeoutSeconds;
    }

    @Override
    public synchronized boolean running() {
        return thread != null;
    }

    @Override
    public synchronized void start() {
        if (thread != null) {
            return;
        }
        Thread poll = new Thread(this::poll, "max-poll");
        poll.setDaemon(true);
        thread = poll;
        poll.start();
    }

    @Override
    public synchronized void stop() {
        Thread poll = thread;
        thread = null;
        if (poll != null) {
            poll.interrupt();
        }
    }

    private void poll() {
        Duration backoff = FIRST_BACKOFF;
        Thread me = Thread.currentThread();
        while (thread == me) {
            try {
                JsonNode batch = api.updates(marker(), timeoutSeconds, MaxUpdates.TYPES);
                for (JsonNode update : batch.path("updates")) {
                    try {
                        updates.accept(update);
                    } catch (RuntimeException e) {
                        log.warn("MAX update not taken: {}", e.toString());
                    }
                }
                if (batch.hasNonNull("marker")) {
                    remember(batch.path("marker").asLong());
                }
                backoff = FIRST_BACKOFF;
            } catch (DeliveryFailedException e) {
                if (thread != me) {
                    return;
                }
                log.warn("MAX poll failed ({}); trying again in {} s", e.getMessage(), backoff.toSeconds());
                try {
                    Thread.sleep(backoff.toMillis());
                } catch (InterruptedException interrupted) {
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(LAST_BACKOFF) > 0 ? LAST_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    private Long marker() {
        return jdbc.query("select position from channel_cursor where channel = 'max'", rs -> rs.next() ? rs.getLong(1) : null);
    }

    private void remember(long marker) {
        if (jdbc.update("update channel_cursor set position = ? where channel = 'max'", marker) == 0) {
            try {
                jdbc.update("insert into channel_cursor (channel, position) values ('max', ?)", marker);
            } catch (DataIntegrityViolationException anotherInstanceWasFirst) {
                jdbc.update("update channel_cursor set position = ? where channel = 'max'", marker);
            }
        }
    }
}
