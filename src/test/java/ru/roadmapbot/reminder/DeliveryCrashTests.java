package ru.roadmapbot.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.roadmapbot.AppProcess;

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
            AppProcess first = startApp(url, telegram);
            try {
                enqueue(url);
                awaitAtLeast(telegram, 6, 30);
            } finally {
                first.kill();
            }
            int sentBeforeKill = telegram.total();
            assertThat(sentBeforeKill).isLessThan(MESSAGES);

            try (AppProcess second = startApp(url, telegram)) {
                awaitAtLeast(telegram, MESSAGES, 60);
                // once no message is open, nothing more can leave: every row is sent, failed or uncertain
                await().atMost(Duration.ofSeconds(60)).until(() -> open(url) == 0);
            }

            assertThat(telegram.total()).isEqualTo(MESSAGES);
            assertThat(telegram.byChat()).hasSize(MESSAGES);
            assertThat(telegram.byChat().values()).allMatch(count -> count.get() == 1);
        }
    }

    private static int open(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             ResultSet open = connection.createStatement().executeQuery(
                     "select count(*) from outbox where state in ('PENDING', 'CLAIMED', 'SENDING')")) {
            open.next();
            return open.getInt(1);
        }
    }

    private static AppProcess startApp(String url, FakeTelegramServer telegram) throws IOException, InterruptedException {
        return AppProcess.start(List.of("--spring.datasource.url=" + url, "--spring.quartz.auto-startup=false",
                "--roadmapbot.telegram.token=555:CRASH", "--roadmapbot.telegram.base-url=" + telegram.baseUrl(),
                "--roadmapbot.telegram.poll-timeout-seconds=1"));
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
                        + "weekly_digest, status, registered_at, created_at) values (?, 'DIRECTOR', 'ru', false, 'ACTIVE', ?, ?)",
                        new String[]{"id"})) {
                    person.setString(1, "Директор " + i);
                    person.setTimestamp(2, now);
                    person.setTimestamp(3, now);
                    person.executeUpdate();
                    try (ResultSet keys = person.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                }
                try (PreparedStatement contact = connection.prepareStatement("insert into contact (participant_id, channel, "
                        + "user_id, chat, registered_at) values (?, 'telegram', ?, ?, ?)")) {
                    contact.setLong(1, id);
                    contact.setString(2, String.valueOf(chat));
                    contact.setString(3, String.valueOf(chat));
                    contact.setTimestamp(4, now);
                    contact.executeUpdate();
                }
                try (PreparedStatement message = connection.prepareStatement("insert into outbox (dedup_key, participant_id, channel, "
                        + "chat, html, not_before, attempts, state, created_at) values (?, ?, 'telegram', ?, ?, ?, 0, 'PENDING', ?)")) {
                    message.setString(1, "crash-" + i);
                    message.setLong(2, id);
                    message.setString(3, String.valueOf(chat));
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
