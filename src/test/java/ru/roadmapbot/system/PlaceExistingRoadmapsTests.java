package ru.roadmapbot.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import ru.roadmapbot.PostgresForTests;
import ru.roadmapbot.people.OrganizationNames;

/**
 * A database from before territories, migrated: its roadmaps are placed by what their stored titles and rows name,
 * organizations their rows name get the roadmap's territory, and people and open invitations their organization's.
 * On H2 and on a real PostgreSQL, as the application runs on both.
 */
class PlaceExistingRoadmapsTests {

    private static final Timestamp THEN = Timestamp.from(Instant.parse("2022-03-29T06:00:00Z"));

    @Test
    void anH2DatabaseFromBeforeTerritoriesIsPlaced() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:before-territories;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        migrateAndCheck(h2, "h2");
    }

    @Test
    void aPostgresDatabaseFromBeforeTerritoriesIsPlaced() throws SQLException, IOException {
        try (EmbeddedPostgres postgres = PostgresForTests.start()) {
            migrateAndCheck(postgres.getPostgresDatabase(), "postgresql");
        }
    }

    private static void migrateAndCheck(DataSource database, String vendor) throws SQLException {
        flyway(database, vendor).target("8").load().migrate();
        try (Connection connection = database.getConnection()) {
            legacyRows(connection);
        }

        flyway(database, vendor).javaMigrations(new PlaceExistingRoadmaps()).load().migrate();

        try (Connection connection = database.getConnection()) {
            assertThat(territoryOf(connection, "roadmap", "code", "harovsky")).isEqualTo("Харовский муниципальный район");
            assertThat(text(connection, "select roadmap_level from roadmap where code = 'harovsky'")).isEqualTo("MUNICIPAL");
            assertThat(text(connection, "select short_name from roadmap where code = 'harovsky'"))
                    .isEqualTo("ШНОР · Харовский р-н · 2022");
            // only a body of the region is named by the regional roadmap's rows
            assertThat(territoryOf(connection, "roadmap", "code", "regional")).isEqualTo("Республика Дагестан");
            assertThat(text(connection, "select roadmap_level from roadmap where code = 'regional'")).isEqualTo("REGIONAL");
            assertThat(territoryOf(connection, "roadmap", "code", "nowhere")).isNull();
            assertThat(territoryOf(connection, "organization", "name", "МБОУ «Семигородняя СОШ»"))
                    .isEqualTo("Харовский муниципальный район");
            assertThat(territoryOf(connection, "participant", "display_name", "Смирнова С.С.")).isEqualTo("Харовский муниципальный район");
            assertThat(territoryOf(connection, "invitation", "display_name", "Петрова П.П.")).isEqualTo("Харовский муниципальный район");
        }
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DataSource database, String vendor) {
        return Flyway.configure().dataSource(database)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor);
    }

    /** Two roadmaps as an earlier version stored them, a school their rows name, its director and an open invitation. */
    private static void legacyRows(Connection connection) throws SQLException {
        long harovsky = roadmap(connection, "harovsky", "План мероприятий («Дорожная карта») по реализации стратегического "
                + "проекта «Поддержка школ с низкими результатами» в Харовском муниципальном районе в 2022 году");
        long regional = roadmap(connection, "regional", "«Дорожная карта» по работе со школами");
        roadmap(connection, "nowhere", "Дорожная карта");
        activity(connection, harovsky, "h-1", "Руководители МБОУ «Семигородняя СОШ»", "МБОУ «Семигородняя СОШ»");
        activity(connection, regional, "r-1", "ГБУ ДПО РД «ДИРО»", "ГБУ ДПО РД «ДИРО»");
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("insert into organization (name, match_key, kind, created_at) values ('МБОУ «Семигородняя СОШ»', '"
                    + OrganizationNames.matchKey("МБОУ «Семигородняя СОШ»") + "', 'SCHOOL', '2022-03-29 06:00:00')");
            statement.executeUpdate("insert into participant (display_name, role, organization_id, language, weekly_digest, "
                    + "status, created_at) select 'Смирнова С.С.', 'DIRECTOR', id, 'ru', false, 'ACTIVE', created_at "
                    + "from organization");
            statement.executeUpdate("insert into invitation (token_hash, role, organization_id, display_name, created_at, "
                    + "expires_at) select 'hash', 'DIRECTOR', id, 'Петрова П.П.', created_at, created_at from organization");
        }
    }

    private static long roadmap(Connection connection, String code, String title) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into roadmap (code, title, source_file, "
                + "roadmap_year, content_sha256, import_count, imported_at) values (?, ?, ?, 2022, 'sha', 1, ?)",
                new String[] {"id"})) {
            insert.setString(1, code);
            insert.setString(2, title);
            insert.setString(3, code + ".docx");
            insert.setTimestamp(4, THEN);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void activity(Connection connection, long roadmap, String uid, String responsible, String organization)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into activity (roadmap_id, uid, row_position, "
                + "title, schedule_text, responsible_text, context_year, unscheduled, withdrawn, revision, created_at, "
                + "updated_at) values (?, ?, 1, 'Мероприятие', 'март 2022', ?, 2022, false, false, 1, ?, ?)",
                new String[] {"id"})) {
            insert.setLong(1, roadmap);
            insert.setString(2, uid);
            insert.setString(3, responsible);
            insert.setTimestamp(4, THEN);
            insert.setTimestamp(5, THEN);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys(); PreparedStatement party = connection.prepareStatement(
                    "insert into activity_party (activity_id, idx, role, organizations, raw_text) values (?, 0, 'DIRECTOR', ?, ?)")) {
                keys.next();
                party.setLong(1, keys.getLong(1));
                party.setString(2, organization);
                party.setString(3, responsible);
                party.executeUpdate();
            }
        }
    }

    private static String territoryOf(Connection connection, String table, String column, String value) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select t.name from " + table + " x left join territory t "
                + "on t.id = x.territory_id where x." + column + " = ?")) {
            query.setString(1, value);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).as(table + " " + value).isTrue();
                return rows.getString(1);
            }
        }
    }

    private static String text(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
