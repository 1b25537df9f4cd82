package ru.roadmapbot.max;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * The MAX bot in webhook mode: it subscribes its public https address with the secret and the three update types it
 * handles, and never long-polls; MAX's posts with the secret are answered at once and replied to; a post without
 * it, with a wrong one, or that is not an update is refused and handles nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:max-webhook;DB_CLOSE_DELAY=-1", "server.address=127.0.0.1",
        "roadmapbot.max.mode=webhook", "roadmapbot.max.public-url=https://bot.example.org/",
        "roadmapbot.max.webhook-secret=max-S3cret_1", "spring.quartz.auto-startup=false"})
class MaxWebhookTests {

    private static final MaxEmulator MAX = start();
    private static final String SECRET = "max-S3cret_1";

    private static MaxEmulator start() {
        try {
            return MaxEmulator.start();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void max(DynamicPropertyRegistry registry) {
        registry.add("roadmapbot.max.token", () -> MaxEmulator.TOKEN);
        registry.add("roadmapbot.max.base-url", MAX::baseUrl);
    }

    @AfterAll
    static void stop() {
        MAX.close();
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private URI webhook() {
        return URI.create("http://127.0.0.1:" + port + "/max/webhook");
    }

    private int post(String body, String secret) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(webhook()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header("X-Max-Bot-Api-Secret", secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String started(long user) {
        return "{\"update_type\":\"bot_started\",\"timestamp\":" + System.currentTimeMillis() + ",\"chat_id\":" + user
                + ",\"user\":{\"user_id\":" + user + ",\"first_name\":\"U\",\"is_bot\":false},\"user_locale\":\"ru\"}";
    }

    @Test
    void theBotSubscribesItsAddressWithTheSecretAndDoesNotPoll() {
        JsonNode subscription = MAX.requests("POST", "/subscriptions").get(0).body();
        assertThat(subscription.path("url").asString()).isEqualTo("https://bot.example.org/max/webhook");
        assertThat(subscription.path("secret").asString()).isEqualTo(SECRET);
        assertThat(subscription.path("update_types").toString())
                .contains("message_created", "message_callback", "bot_started");
        assertThat(MAX.requests("GET", "/updates")).isEmpty();
    }

    @Test
    void postsWithoutTheSecretOrWithAWrongOneAreRefusedAndHandleNothing() throws Exception {
        MaxEmulator.User refused = new MaxEmulator.User(73001, "Р");
        assertThat(post(started(refused.id()), null)).isEqualTo(403);
        assertThat(post(started(refused.id()), SECRET + "x")).isEqualTo(403);
        assertThat(post(started(refused.id()), SECRET.substring(1))).isEqualTo(403);
        assertThat(post("not json", SECRET)).isEqualTo(400);
        assertThat(post("{\"no\":\"update\"}", SECRET)).isEqualTo(400);

        // one person's updates are handled in order: once this reply is in, a refused one would have been before it
        assertThat(post(started(refused.id()), SECRET)).isEqualTo(200);
        MAX.awaitText(refused, "нужна личная ссылка-приглашение");
        assertThat(MAX.messagesTo(refused)).hasSize(1);
    }

    @Test
    void updatesMaxPostsAreAnsweredAtOnceAndRepliedTo() throws Exception {
        MAX.postUpdatesTo(webhook());
        MaxEmulator.User person = new MaxEmulator.User(73002, "Пётр");

        MAX.userWrites(person, "/help");

        assertThat(MAX.webhookAnswers()).containsOnly(200);
        MAX.awaitMessage(person, m -> !MaxEmulator.text(m).isBlank(), Duration.ofSeconds(10));
    }
}
