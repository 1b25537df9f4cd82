package ru.roadmapbot.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;

import ru.roadmapbot.cluster.SendBudget;
import ru.roadmapbot.messenger.Button;
import ru.roadmapbot.messenger.DeliveryFailedException;
import ru.roadmapbot.messenger.RateLimitedException;
import ru.roadmapbot.messenger.RecipientBlockedException;
import ru.roadmapbot.messenger.SentMessage;
import ru.roadmapbot.messenger.ButtonSigner;
import ru.roadmapbot.messenger.Address;
import ru.roadmapbot.messenger.Channel;

/** The sender against WireMock playing Telegram's error answers: 429 with retry_after, 403, 500, timeouts. */
class TelegramSenderTests {

    private static final String TOKEN = "123:ABC";
    private WireMockServer telegram;
    private TelegramSender sender;

    @BeforeEach
    void start() {
        telegram = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
        telegram.start();
        TelegramProperties properties = TelegramProperties.polling(TOKEN, URI.create(telegram.baseUrl()), 1);
        OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(2)).build();
        TelegramUrl url = new TelegramUrl("http", "127.0.0.1", telegram.port(), false);
        sender = new TelegramSender(new OkHttpTelegramClient(http, TOKEN, url), http, properties, new ButtonSigner(TOKEN, 64),
                SendBudget.unlimited(), new SimpleMeterRegistry());
    }

    @AfterEach
    void stop() {
        telegram.stop();
    }

    private void answerSendMessage(int status, String body) {
        telegram.stubFor(post(urlPathMatching("/bot.*/sendmessage")).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    private static String ok(long messageId) {
        return "{\"ok\":true,\"result\":{\"message_id\":" + messageId + ",\"date\":1700000000,"
                + "\"chat\":{\"id\":42,\"type\":\"private\"},\"text\":\"x\"}}";
    }

    @Test
    void sentMessageIsAddressableForEdits() {
        answerSendMessage(200, ok(77));

        SentMessage sent = sender.send(42, "<b>Привет</b>", List.of());

        assertThat(sent).isEqualTo(new SentMessage(new Address(Channel.TELEGRAM, "42"), "77"));
        telegram.verify(postRequestedFor(urlPathMatching("/bot.*/sendmessage")).withRequestBody(containing("\"parse_mode\":\"html\"")));
    }

    @Test
    void tooManyRequestsCarriesRetryAfter() {
        answerSendMessage(429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 3\","
                + "\"parameters\":{\"retry_after\":3}}");

        assertThatThrownBy(() -> sender.send(42, "x", List.of()))
                .isInstanceOfSatisfying(RateLimitedException.class, e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(3)));
    }

    @Test
    void forbiddenMeansTheUserBlockedTheBot() {
        answerSendMessage(403, "{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was blocked by the user\"}");

        assertThatThrownBy(() -> sender.send(42, "x", List.of())).isInstanceOf(RecipientBlockedException.class);
    }

    @Test
    void serverErrorIsTransient() {
        answerSendMessage(500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}");

        assertThatThrownBy(() -> sender.send(42, "x", List.of()))
                .isInstanceOfSatisfying(DeliveryFailedException.class, e -> assertThat(e.isTransient()).isTrue());
    }

    @Test
    void badRequestIsNotTransient() {
        answerSendMessage(400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: chat not found\"}");

        assertThatThrownBy(() -> sender.send(42, "x", List.of()))
                .isInstanceOfSatisfying(DeliveryFailedException.class, e -> assertThat(e.isTransient()).isFalse());
    }

    @Test
    void timeoutIsTransient() {
        telegram.stubFor(post(urlPathMatching("/bot.*/sendmessage")).willReturn(aResponse().withFixedDelay(4000)
                .withStatus(200).withBody(ok(1))));

        assertThatThrownBy(() -> sender.send(42, "x", List.of()))
                .isInstanceOfSatisfying(DeliveryFailedException.class, e -> assertThat(e.isTransient()).isTrue());
    }

    @Test
    void longTextIsSplitAndButtonsGoUnderTheLastPiece() {
        answerSendMessage(200, ok(5));
        String line = "Строка дорожной карты «500+» с датой 01.04.2021\n";

        sender.send(42, line.repeat(200), List.of(List.of(new Button("Далее", "tasks", "1"))));

        var requests = telegram.findAll(postRequestedFor(urlPathMatching("/bot.*/sendmessage")));
        assertThat(requests).hasSize(3);
        assertThat(requests).allMatch(r -> r.getBodyAsString().length() < 4096 * 6);
        assertThat(requests.get(2).getBodyAsString()).contains("callback_data");
        assertThat(requests.get(0).getBodyAsString()).doesNotContain("callback_data");
    }
}
