package ru.roadmapbot.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** Tokens seen working are answered from memory for one interval; unknown ones always go to the database. */
class KnownTokensTests {

    private static final long SECOND = 1_000_000_000L;

    private final Map<String, FeedOwner> database = new HashMap<>();
    private final List<String> lookups = new ArrayList<>();
    private final AtomicLong now = new AtomicLong();
    private final KnownTokens known = new KnownTokens(token -> {
        lookups.add(token);
        return Optional.ofNullable(database.get(token));
    }, SECOND, now::get);

    @Test
    void workingTokenIsAnsweredFromMemoryWithinTheInterval() {
        database.put("a", FeedOwner.roadmap(1L));

        known.ownerOf("a");
        now.addAndGet(SECOND - 1);

        assertThat(known.ownerOf("a")).contains(FeedOwner.roadmap(1L));
        assertThat(lookups).containsExactly("a");
    }

    @Test
    void tokenRevokedByAnotherProcessStopsWorkingAfterTheInterval() {
        database.put("a", FeedOwner.roadmap(1L));
        known.ownerOf("a");

        database.remove("a");
        now.addAndGet(SECOND);

        assertThat(known.ownerOf("a")).isEmpty();
        assertThat(known.ownerOf("a")).isEmpty();
        assertThat(lookups).containsExactly("a", "a", "a");
    }

    @Test
    void forgottenTokenIsCheckedAgainAtOnce() {
        database.put("a", FeedOwner.roadmap(1L));
        known.ownerOf("a");

        database.remove("a");
        known.forget("a");

        assertThat(known.ownerOf("a")).isEmpty();
    }

    @Test
    void unknownTokensAreNeverRemembered() {
        known.ownerOf("x");
        known.ownerOf("x");

        assertThat(lookups).containsExactly("x", "x");
    }
}
