package ru.roadmapbot.calendar;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Feed tokens seen working within the last {@code changeCheckInterval}, so that a poll costs no database round trip.
 * A link revoked in this process is forgotten at once; one revoked from the command line (another process) stops
 * working within the interval. Unknown tokens are never remembered: they always go to the database, which keeps
 * this bounded by the links that exist and gives a revoked link the same path as one that never existed.
 */
final class KnownTokens {

    private record Known(FeedOwner owner, long checkedAt) {
    }

    private final Map<String, Known> known = new ConcurrentHashMap<>();
    private final Function<String, Optional<FeedOwner>> lookup;
    private final long ttlNanos;
    private final LongSupplier ticker;

    KnownTokens(Function<String, Optional<FeedOwner>> lookup, long ttlNanos, LongSupplier ticker) {
        this.lookup = lookup;
        this.ttlNanos = ttlNanos;
        this.ticker = ticker;
    }

    Optional<FeedOwner> ownerOf(String token) {
        long now = ticker.getAsLong();
        Known hit = known.get(token);
        if (hit != null && now - hit.checkedAt() < ttlNanos) {
            return Optional.of(hit.owner());
        }
        Optional<FeedOwner> owner = lookup.apply(token);
        if (owner.isPresent()) {
            known.put(token, new Known(owner.get(), now));
        } else {
            known.remove(token);
        }
        return owner;
    }

    void forget(String token) {
        known.remove(token);
    }
}
