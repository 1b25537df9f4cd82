package ru.roadmapbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ru.roadmapbot.reminder.FakeTelegramServer;

/**
 * The bot in webhook mode against a fake Bot API that enforces Telegram's limits: it registered its address with a
 * secret; a request without the secret, or with a wrong one, is 403 and handles nothing; one with it is answered at
 * once and replied to; a person who floods gets one "slow down" and is ignored while another person's command is
 * answered within two seconds, and Telegram never answers 429.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:webhook;DB_CLOSE_DELAY=-1", "server.address=127.0.0.1",
        "roadmapbot.telegram.mode=webhook", "roadmapbot.telegram.public-url=https://bot.example.org/",
        "roadmapbot.telegram.webhook-secret=s3cret-Token_1", "roadmapbot.conversation.flood.updates=5",
        "spring.quartz.auto-startup=false"})
class WebhookTests {

    private static final FakeTelegramServer TELEGRAM = start();
    private static final AtomicLong UPDATES = new AtomicLong(1000);
    private static final String SECRET = "s3cret-Token_1";

    private static FakeTelegramServer start() {
        try {
            return new FakeTelegramServer(0, true);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        registry.add("roadmapbot.telegram.token", () -> "4242:WEBHOOK");
        registry.add("roadmapbot.telegram.base-url", TELEGRAM::baseUrl);
    }

    @AfterAll
    static void stop() {
        TELEGRAM.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    private static String command(long updateId, long user, String text) {
        return "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + updateId + ",\"date\":"
                + (System.currentTimeMillis() / 1000) + ",\"chat\":{\"id\":" + user + ",\"type\":\"private\"},"
                + "\"from\":{\"id\":" + user + ",\"is_bot\":false,\"first_name\":\"U\"},\"text\":\"" + text + "\","
                + "\"entities\":[{\"type\":\"bot_command\",\"offset\":0,\"length\":" + text.length() + "}]}}";
    }

    private int post(String json, String secret) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram/webhook"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static int messagesTo(long chat) {
        var count = TELEGRAM.byChat().get(chat);
        return count == null ? 0 : count.get();
    }

    @Test
    void theBotTellsTelegramItsAddressAndSecret() {
        assertThat(TELEGRAM.calls("setWebhook")).anySatisfy(body -> assertThat(body)
                .contains("https://bot.example.org/telegram/webhook", SECRET));
    }

    @Test
    void aRequestWithoutTheSecretOrWithAWrongOneIsRefusedAndHandlesNothing() throws Exception {
        long user = 9001;
        long missing = UPDATES.incrementAndGet();
        long wrong = UPDATES.incrementAndGet();
        assertThat(post(command(missing, user, "/help"), null)).isEqualTo(403);
        assertThat(post(command(wrong, user, "/help"), SECRET + "x")).isEqualTo(403);
        assertThat(post(command(UPDATES.incrementAndGet(), user, "/help"), SECRET.substring(1))).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from processed_event where event_key in (?, ?)", Integer.class,
                "telegram:" + missing, "telegram:" + wrong)).isZero();

        // one person's updates are handled in order: once this reply is in, a refused one would have been before it
        assertThat(post(command(UPDATES.incrementAndGet(), user, "/help"), SECRET)).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> messagesTo(user) >= 1);
        assertThat(messagesTo(user)).isEqualTo(1);
    }

    @Test
    void aFlooderIsToldOnceAndIgnoredWhileAnotherPersonIsAnsweredWithinTwoSeconds() throws Exception {
        long flooder = 9100;
        long other = 9200;
        for (int i = 0; i < 500; i++) {
            assertThat(post(command(UPDATES.incrementAndGet(), flooder, "/help"), SECRET)).isEqualTo(200);
        }
        long asked = System.nanoTime();
        assertThat(post(command(UPDATES.incrementAndGet(), other, "/help"), SECRET)).isEqualTo(200);
        await().atMost(Duration.ofSeconds(2)).until(() -> messagesTo(other) == 1);
        System.out.printf("other person answered %d ms after asking, during a flood of 500%n",
                (System.nanoTime() - asked) / 1_000_000);

        // the flooder's handled updates and then "slow down", last in their queue: once it is in, nothing follows
        await().atMost(Duration.ofSeconds(20)).until(() -> TELEGRAM.calls("sendMessage").stream()
                .anyMatch(body -> body.contains("\"" + flooder + "\"") && body.contains("слишком часто")));
        assertThat(TELEGRAM.calls("sendMessage").stream().filter(body -> body.contains("\"" + flooder + "\""))
                .filter(body -> body.contains("слишком часто"))).hasSize(1);
        assertThat(messagesTo(flooder)).isEqualTo(5 + 1);
        assertThat(TELEGRAM.tooManyRequests()).isZero();
        // each of the flooder's messages came at least a second after the one before
        var times = TELEGRAM.arrivalsByChat().get(flooder);
        for (int i = 1; i < times.size(); i++) {
            assertThat(times.get(i) - times.get(i - 1)).isGreaterThanOrEqualTo(Duration.ofSeconds(1).toNanos());
        }
    }
}
