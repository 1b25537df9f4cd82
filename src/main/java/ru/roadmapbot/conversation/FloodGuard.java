package ru.roadmapbot.conversation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Counts each person's updates over a sliding window: past the limit the person is told once to slow down and
 * ignored for a pause, so 500 messages from one user cost 500 cheap checks, not 500 replies. Per instance and in
 * memory (bounded: the least recently seen people are forgotten first); the database decides which instance says
 * "slow down" when several see the same flood.
 */
final class FloodGuard {

    /** What to do with an update. */
    enum Verdict {
        HANDLE, WARN, IGNORE
    }

    private static final int PEOPLE_KEPT = 10_000;

    private final int limit;
    private final long windowNanos;
    private final long pauseNanos;
    private final LongSupplier ticker;
    private final Map<String, Deque<Long>> recent = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Long>> eldest) {
            return size() > PEOPLE_KEPT;
        }
    };
    private final Map<String, Long> ignoredUntil = new LinkedHashMap<>();

    /** @param ticker monotonic nanoseconds: how fast someone writes is elapsed time, not the business clock */
    FloodGuard(ConversationProperties.Flood flood, LongSupplier ticker) {
        this.limit = flood.updates();
        this.windowNanos = flood.window().toNanos();
        this.pauseNanos = flood.pause().toNanos();
        this.ticker = ticker;
    }

    /** @param userId the account's key across channels ("telegram:42") */
    synchronized Verdict check(String userId) {
        long now = ticker.getAsLong();
        Long until = ignoredUntil.get(userId);
        if (until != null) {
            if (now - until < 0) {
                return Verdict.IGNORE;
            }
            ignoredUntil.remove(userId);
            recent.remove(userId);
        }
        Deque<Long> times = recent.computeIfAbsent(userId, id -> new ArrayDeque<>());
        while (!times.isEmpty() && now - times.peekFirst() >= windowNanos) {
            times.pollFirst();
        }
        times.addLast(now);
        if (times.size() <= limit) {
            return Verdict.HANDLE;
        }
        ignoredUntil.put(userId, now + pauseNanos);
        recent.remove(userId);
        return Verdict.WARN;
    }
}
