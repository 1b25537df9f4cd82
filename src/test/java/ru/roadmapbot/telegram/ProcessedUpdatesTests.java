package ru.roadmapbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

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

        assertThat(first.claim(424242)).isTrue();
        assertThat(first.claim(424242)).isFalse();
        assertThat(secondInstance.claim(424242)).isFalse();
        assertThat(secondInstance.claim(424243)).isTrue();
    }
}
