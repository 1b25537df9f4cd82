package ru.roadmapbot.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.h2.tools.Restore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;

import ru.roadmapbot.PostgresForTests;
import ru.roadmapbot.RoadmapBotApplication;
import ru.roadmapbot.roadmap.RoadmapImporter;
import ru.roadmapbot.roadmap.Roadmaps;

/**
 * The backups README "Running in production" tells of, restored: H2's {@code BACKUP TO} of a running database
 * unpacked with {@code org.h2.tools.Restore}, and {@code pg_dump -Fc} of PostgreSQL loaded with {@code pg_restore}
 * into an empty database; each holds the roadmap imported before, row for row, and the app starts on it.
 */
class BackupRestoreTests {

    private static final String SEED = "004_7680f41c24c846e3.txt";

    @TempDir
    Path folder;

    private static ConfigurableApplicationContext app(String url, String user, String password) {
        return new SpringApplicationBuilder(RoadmapBotApplication.class).web(WebApplicationType.NONE)
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                        "--spring.datasource.password=" + password, "--spring.quartz.auto-startup=false",
                        "--spring.main.banner-mode=off", "--logging.level.root=WARN");
    }

    private static void importSeed(ConfigurableApplicationContext app) throws Exception {
        try (var in = new ClassPathResource("demo/" + SEED).getInputStream()) {
            app.getBean(RoadmapImporter.class).importContent(SEED, in.readAllBytes(), "backup");
        }
    }

    private static long activities(String url, String user, String password) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             ResultSet rows = connection.createStatement().executeQuery("select count(*) from activity")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void anH2BackupTakenWhileRunningRestoresEveryRow() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("live/roadmapbot") + ";WRITE_DELAY=0";
        Path backup = folder.resolve("backup.zip");
        try (ConfigurableApplicationContext app = app(url, "sa", "")) {
            importSeed(app);
            try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
                connection.createStatement().execute("BACKUP TO '" + backup + "'");
            }
        }
        Restore.execute(backup.toString(), folder.resolve("restored").toString(), "roadmapbot");
        String restored = "jdbc:h2:file:" + folder.resolve("restored/roadmapbot");

        assertThat(activities(restored, "sa", "")).isEqualTo(47);
        try (ConfigurableApplicationContext app = app(restored, "sa", "")) {
            assertThat(app.getBean(Roadmaps.class).byCode("backup")).isPresent();
        }
    }

    @Test
    void aPgDumpRestoresIntoAnEmptyDatabase() throws Exception {
        assumeTrue(new File("/usr/bin/pg_dump").canExecute() && new File("/usr/bin/pg_restore").canExecute(),
                "PostgreSQL's client tools (Debian package postgresql-client)");
        try (EmbeddedPostgres postgres = PostgresForTests.start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            try (ConfigurableApplicationContext app = app(url, "postgres", "postgres")) {
                importSeed(app);
            }
            try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres")) {
                connection.createStatement().execute("create database restored");
            }
            Path dump = folder.resolve("roadmapbot.dump");
            String port = String.valueOf(postgres.getPort());
            run(List.of("/usr/bin/pg_dump", "-h", "127.0.0.1", "-p", port, "-U", "postgres", "-Fc", "-f", dump.toString(),
                    "postgres"));
            run(List.of("/usr/bin/pg_restore", "-h", "127.0.0.1", "-p", port, "-U", "postgres", "--no-owner", "-d",
                    "restored", dump.toString()));

            String restored = postgres.getJdbcUrl("postgres", "restored");
            assertThat(Files.size(dump)).isPositive();
            assertThat(activities(restored, "postgres", "postgres")).isEqualTo(47);
            try (ConfigurableApplicationContext app = app(restored, "postgres", "postgres")) {
                assertThat(app.getBean(Roadmaps.class).byCode("backup")).isPresent();
            }
        }
    }

    private static void run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ": " + output).isZero();
    }
}
