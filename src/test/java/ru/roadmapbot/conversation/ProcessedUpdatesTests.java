package ru.roadmapbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import ru.roadmapbot.MovableClock;

/** An update id is claimed once: a redelivered update (a restart, another instance) is not handled again. */
@DataJpaTest(showSql = false)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class ProcessedUpdatesTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void sameUpdateIdIsClaimedOnce() {
        ProcessedUpdates first = new ProcessedUpdates(jdbc, Clock.systemUTC());
        ProcessedUpdates secondInstance = new ProcessedUpdates(jdbc, Clock.systemUTC());

        assertThat(first.claim("telegram:424242")).isTrue();
        assertThat(first.claim("telegram:424242")).isFalse();
        assertThat(secondInstance.claim("telegram:424242")).isFalse();
        assertThat(secondInstance.claim("telegram:424243")).isTrue();
    }

    @Test
    void anIdSeenMoreThanADayAgoIsANewUpdateAfterTelegramStartedCountingAfresh() {
        // after a week without updates Telegram numbers them afresh, so an old id can come back meaning another update
        MovableClock clock = new MovableClock(Instant.parse("2022-03-01T10:00:00Z"));
        ProcessedUpdates updates = new ProcessedUpdates(jdbc, clock);
        ProcessedUpdates otherInstance = new ProcessedUpdates(jdbc, clock);
        assertThat(updates.claim("telegram:515151")).isTrue();

        clock.setTo(Instant.parse("2022-03-02T09:59:00Z"));
        assertThat(updates.claim("telegram:515151")).as("a redelivery within the day").isFalse();

        clock.setTo(Instant.parse("2022-03-09T10:00:00Z"));
        assertThat(updates.claim("telegram:515151")).as("the same id a week later").isTrue();
        assertThat(otherInstance.claim("telegram:515151")).as("...claimed once across instances").isFalse();
        assertThat(updates.claim("telegram:515151")).isFalse();
    }
}
