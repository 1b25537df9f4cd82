package ru.roadmapbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ru.roadmapbot.roadmap.Roadmaps;
import ru.roadmapbot.people.InvitationRequest;
import ru.roadmapbot.people.Invitations;
import ru.roadmapbot.people.Participant;
import ru.roadmapbot.people.Role;
import ru.roadmapbot.roadmap.ImportSummary;
import ru.roadmapbot.roadmap.RoadmapImporter;
import ru.roadmapbot.people.MessengerAccounts;

/**
 * The same application on a real PostgreSQL (embedded, from Maven Central jars): Flyway's common and PostgreSQL
 * scripts, JPA validation of the schema, an import and re-import, and the people tables.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "spring.quartz.auto-startup=true")
class PostgresCompatibilityTests {

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
    Roadmaps activities;

    @Autowired
    Invitations invitations;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void schemaIsPostgresAndImportsAreStoredInPlace() throws IOException {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");

        byte[] seed;
        try (InputStream in = new ClassPathResource("demo/001_5ee45a74bb2df34c.txt").getInputStream()) {
            seed = in.readAllBytes();
        }
        ImportSummary first = importer.importContent("001_5ee45a74bb2df34c.txt", seed, null);
        ImportSummary second = importer.importContent("001_5ee45a74bb2df34c.txt", seed, null);

        assertThat(first.created()).isEqualTo(74);
        assertThat(second.unchanged()).isEqualTo(74);
        assertThat(activities.activitiesOf(first.roadmapId())).hasSize(74);
        assertThat(jdbc.queryForObject("select count(*) from activity_party", Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("select data_type from information_schema.columns where table_name = 'pending_import' "
                + "and column_name = 'content'", String.class)).isEqualTo("bytea");
    }

    @Autowired
    org.quartz.Scheduler scheduler;

    @Test
    void quartzRunsItsJobsFromPostgres() throws Exception {
        assertThat(scheduler.getMetaData().isJobStoreSupportsPersistence()).isTrue();
        long deadline = System.currentTimeMillis() + 20_000;
        while (scheduler.getMetaData().getNumberOfJobsExecuted() < 4 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(scheduler.getMetaData().getNumberOfJobsExecuted()).isGreaterThanOrEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from qrtz_job_details", Integer.class)).isEqualTo(4);
    }

    @Test
    void invitationsWorkOnPostgres() {
        String token = invitations.invite(new InvitationRequest(Role.CURATOR, "Петров П.П.", "МОУ № 1",
                List.of("МОУ № 2", "МОУ № 7"), null, null)).token();

        Participant curator = invitations.accept(token, MessengerAccounts.telegram(777L, 777L, "petrov"));

        assertThat(curator.getCuratedSchools()).hasSize(2);
    }
}
