package ru.roadmapbot.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ru.roadmapbot.roadmap.Roadmaps;
import ru.roadmapbot.PostgresForTests;
import ru.roadmapbot.roadmap.RoadmapImporter;

/** Feed links and feeds on a real PostgreSQL: the V8 constraints, rotation, the change stamp, a rendered feed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class CalendarPostgresTests {

    private static final EmbeddedPostgres POSTGRES = PostgresForTests.start();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresForTests.useFor(registry, POSTGRES);
    }

    @AfterAll
    static void stop() throws IOException {
        POSTGRES.close();
    }

    @Autowired
    RoadmapImporter importer;

    @Autowired
    Roadmaps roadmaps;

    @Autowired
    FeedTokens feedTokens;

    @Autowired
    CalendarFeeds feeds;

    @Autowired
    FeedChanges changes;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void roadmapFeedIsServedRotatedAndRevokedOnPostgres() {
        importer.importContent("004_7680f41c24c846e3.txt", CalendarFeedEndToEndTests.seed("004_7680f41c24c846e3"), null);
        FeedOwner owner = FeedOwner.roadmap(roadmaps.byCode("004_7680f41c24c846e3").orElseThrow().getId());
        FeedLink first = feedTokens.link(owner);

        RenderedFeed feed = feeds.feed(first.token()).orElseThrow();
        FeedLink second = feedTokens.rotate(owner);

        Ical4jValidator.assertValid(feed.plain());
        assertThat(changes.version()).contains("|");
        assertThat(feeds.feed(first.token())).isEmpty();
        assertThat(feeds.feed(second.token())).map(RenderedFeed::etag).contains(feed.etag());
        assertThat(jdbc.queryForObject("select count(*) from feed_token where active_owner = ?", Integer.class,
                "ROADMAP:" + owner.id())).isEqualTo(1);
    }

    @Test
    void databaseKeepsOneWorkingLinkPerOwner() {
        jdbc.update("insert into feed_token (token, owner_kind, owner_id, active_owner, created_at) values (?, ?, ?, ?, ?)",
                "t".repeat(32), "SCHOOL", 77L, "SCHOOL:77", java.sql.Timestamp.from(Instant.now()));

        assertThatThrownBy(() -> jdbc.update("insert into feed_token (token, owner_kind, owner_id, active_owner, created_at)"
                + " values (?, ?, ?, ?, ?)", "u".repeat(32), "SCHOOL", 77L, "SCHOOL:77", java.sql.Timestamp.from(Instant.now())))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("insert into feed_token (token, owner_kind, owner_id, created_at)"
                + " values (?, ?, ?, ?)", "v".repeat(32), "TEAM", 1L, java.sql.Timestamp.from(Instant.now())))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
