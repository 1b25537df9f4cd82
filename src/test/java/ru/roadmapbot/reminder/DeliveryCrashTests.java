package ru.roadmapbot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application killed (SIGKILL) while messages are in flight, then started again on the same database: every
 * message reaches the fake Telegram exactly once. Messages a dead worker was sending are not sent again (nobody
 * can tell whether they arrived, and Telegram has no idempotency key); the rest are sent by the new process.
 */
class DeliveryCrashTests {

    private static final int MESSAGES = 20;

    @TempDir
    Path data;

    @Test
    void killDuringDispatchThenRestartNeitherLosesNorRepeats() throws Exception {
        try (FakeTelegramServer telegram = new FakeTelegramServer(1500, false)) {
            String url = "jdbc:h2:file:" + data.resolve("roadmapbot").toAbsolutePath() + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
            Process first = startApp(url, telegram);
            try {
                enqueue(url);
                awaitAtLeast(telegram, 6, 30);
            } finally {
                first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            int sentBeforeKill = telegram.total();
            assertThat(sentBeforeKill).isLessThan(MESSAGES);

            Process second = startApp(url, telegram);
            try {
                awaitAtLeast(telegram, MESSAGES, 60);
                Thread.sleep(3000); // anything sent twice would arrive by now
            } finally {
                second.destroy();
                second.waitFor(20, TimeUnit.SECONDS);
            }

            assertThat(telegram.total()).isEqualTo(MESSAGES);
            assertThat(telegram.byChat()).hasSize(MESSAGES);
            assertThat(telegram.byChat().values()).allMatch(count -> count.get() == 1);
            try (Connection connection = DriverManager.getConnection(url, "sa", "");
                 ResultSet pending = connection.createStatement().executeQuery(
                         "select count(*) from outbox where state = 'PENDING'")) {
                pending.next();
                assertThat(pending.getInt(1)).isZero();
            }
        }
    }

    private static Process startApp(String url, FakeTelegramServer telegram) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-cp", System.getProperty("java.class.path"), "ru.roadmapbot.RoadmapBotApplication",
                "--spring.datasource.url=" + url, "--server.port=0", "--server.address=127.0.0.1",
                "--spring.quartz.auto-startup=false", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                "--logging.level.ru.roadmapbot=INFO", "--roadmapbot.telegram.token=555:CRASH",
                "--roadmapbot.telegram.base-url=" + telegram.baseUrl(), "--roadmapbot.telegram.poll-timeout-seconds=1");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).directory(new File(".")).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Boolean> started = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.contains("Started RoadmapBotApplication")) {
                        started.complete(true);
                    }
                }
            } catch (IOException ignored) {
                // the process was killed
            }
            started.complete(false);
        });
        reader.setDaemon(true);
        reader.start();
        try {
            if (!started.get(90, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the application exited before it started");
            }
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            process.destroyForcibly();
            throw new IllegalStateException("the application did not start", e);
        }
        return process;
    }

    /** Registered people and one queued message each, written straight into the running app's database. */
    private static void enqueue(String url) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            connection.setAutoCommit(false);
            for (int i = 1; i <= MESSAGES; i++) {
                long chat = 80_000 + i;
                long id;
                try (PreparedStatement person = connection.prepareStatement("insert into participant (display_name, role, language, "
                        + "weekly_digest, telegram_user_id, chat_id, status, created_at) values (?, 'DIRECTOR', 'ru', false, ?, ?, 'ACTIVE', ?)",
                        new String[]{"id"})) {
                    person.setString(1, "Директор " + i);
                    person.setLong(2, chat);
                    person.setLong(3, chat);
                    person.setTimestamp(4, now);
                    person.executeUpdate();
                    try (ResultSet keys = person.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                }
                try (PreparedStatement message = connection.prepareStatement("insert into outbox (dedup_key, participant_id, chat_id, "
                        + "html, not_before, attempts, state, created_at) values (?, ?, ?, ?, ?, 0, 'PENDING', ?)")) {
                    message.setString(1, "crash-" + i);
                    message.setLong(2, id);
                    message.setLong(3, chat);
                    message.setString(4, "Напоминание " + i);
                    message.setTimestamp(5, now);
                    message.setTimestamp(6, now);
                    message.executeUpdate();
                }
            }
            connection.commit();
        }
    }

    private static void awaitAtLeast(FakeTelegramServer telegram, int count, int seconds) throws InterruptedException {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (telegram.total() < count && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertThat(telegram.total()).as("messages received").isGreaterThanOrEqualTo(count);
    }
}
