package ru.roadmapbot.reminder;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Paces delivery: evenly spaced permits for the global rate (Telegram allows about 30 messages a second per
 * bot; 25 leaves room for replies), at least one second between messages to one chat, and a global pause when
 * Telegram answers 429 with retry_after. A rate of 0 lifts the global limit (benchmarks).
 */
final class RateLimiter {

    private static final long BUSY_RETRY_MILLIS = 250;

    private final long intervalNanos;
    private final long chatSpacingMillis;
    private final Clock clock;
    private final ConcurrentHashMap<Long, Long> lastByChat = new ConcurrentHashMap<>();
    /** Chats with a send whose outcome is not recorded yet: the next message waits (a 403 must be seen first). */
    private final java.util.Set<Long> inFlight = ConcurrentHashMap.newKeySet();
    private long nextFreeNanos = System.nanoTime();
    /**
     * Pacing and 429 pauses are real elapsed time on the monotonic clock, not the app's Clock: a demo clock
     * fixed in the past must not change how fast Telegram may be called.
     */
    private volatile long pausedUntilNanos = System.nanoTime();

    RateLimiter(double messagesPerSecond, long chatSpacingMillis, Clock clock) {
        this.intervalNanos = messagesPerSecond <= 0 ? 0 : (long) (TimeUnit.SECONDS.toNanos(1) / messagesPerSecond);
        this.chatSpacingMillis = chatSpacingMillis;
        this.clock = clock;
    }

    /** Waits out a pause Telegram asked for with 429. */
    void awaitPause() throws InterruptedException {
        long pause = pausedUntilNanos - System.nanoTime();
        if (pause > 0) {
            TimeUnit.NANOSECONDS.sleep(pause);
        }
    }

    /** Waits for the next global permit (and out any 429 pause). */
    void acquire() throws InterruptedException {
        awaitPause();
        if (intervalNanos == 0) {
            return;
        }
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long slot = Math.max(now, nextFreeNanos);
            nextFreeNanos = slot + intervalNanos;
            wait = slot - now;
        }
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    /**
     * Reserves the chat for a send now, or tells when it becomes free: empty when the caller may send, else the
     * instant to retry at.
     */
    Instant reserveChat(long chatId) {
        long now = clock.millis();
        if (!inFlight.add(chatId)) {
            return Instant.ofEpochMilli(now + BUSY_RETRY_MILLIS);
        }
        long[] next = new long[1];
        lastByChat.compute(chatId, (id, last) -> {
            if (last == null || now - last >= chatSpacingMillis) {
                next[0] = 0;
                return now;
            }
            next[0] = last + chatSpacingMillis;
            return last;
        });
        if (next[0] != 0) {
            inFlight.remove(chatId);
            return Instant.ofEpochMilli(next[0]);
        }
        return null;
    }

    /** The outcome of the chat's send is recorded; its next message may go (after the spacing). */
    void releaseChat(long chatId) {
        inFlight.remove(chatId);
    }

    /** Telegram said 429: nobody sends until the pause is over. */
    synchronized void pauseFor(long millis) {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        if (until - pausedUntilNanos > 0) {
            pausedUntilNanos = until;
        }
    }
}
