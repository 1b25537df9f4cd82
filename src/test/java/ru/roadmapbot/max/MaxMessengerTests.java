package ru.roadmapbot.max;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.roadmapbot.cluster.SendBudget;
import ru.roadmapbot.messenger.Button;
import ru.roadmapbot.messenger.ButtonSigner;
import ru.roadmapbot.messenger.DeliveryFailedException;
import ru.roadmapbot.messenger.OutgoingMessage;
import ru.roadmapbot.messenger.RateLimitedException;
import ru.roadmapbot.messenger.RecipientBlockedException;
import ru.roadmapbot.messenger.SentMessage;

/**
 * The MAX messenger against WireMock playing MAX's answers: the bare token in Authorization, HTML with an inline
 * keyboard of signed callback buttons, a long text in pieces of at most 4,000 characters with the buttons under the
 * last; 403 chat.denied is a blocked person while 403 deprecated.token is not, 429 asks to wait, 5xx and a dropped
 * connection are worth trying again, 400 is not.
 */
class MaxMessengerTests {

    private static final String TOKEN = "max-token";
    private WireMockServer max;
    private MaxMessenger messenger;
    private final ButtonSigner signer = new ButtonSigner(TOKEN, MaxMessenger.MAX_BUTTON_DATA);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @BeforeEach
    void start() {
        max = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
        max.start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        messenger = new MaxMessenger(new MaxApi(http, URI.create(max.baseUrl()), TOKEN), signer, SendBudget.unlimited(),
                meters);
    }

    @AfterEach
    void stop() {
        max.stop();
    }

    private void answerMessages(int status, String body) {
        max.stubFor(post(urlPathEqualTo("/messages")).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    private static OutgoingMessage message(String html) {
        return new OutgoingMessage(html, List.of(List.of(new Button("✅ Выполнено", "st", "1:d"))));
    }

    @Test
    void sendsHtmlWithSignedCallbackButtonsAndTheBareToken() {
        answerMessages(200, "{\"message\":{\"body\":{\"mid\":\"mid.0001\",\"seq\":1,\"text\":\"x\"}}}");

        SentMessage sent = messenger.send("4242", message("<b>Срок</b> завтра"));

        assertThat(sent.messageId()).isEqualTo("mid.0001");
        assertThat(sent.to().chat()).isEqualTo("4242");
        max.verify(postRequestedFor(urlPathEqualTo("/messages")).withQueryParam("user_id", equalTo("4242"))
                .withHeader("Authorization", equalTo(TOKEN))
                .withRequestBody(matchingJsonPath("$.format", equalTo("html")))
                .withRequestBody(matchingJsonPath("$.text", equalTo("<b>Срок</b> завтра")))
                .withRequestBody(matchingJsonPath("$.attachments[0].type", equalTo("inline_keyboard")))
                .withRequestBody(matchingJsonPath("$.attachments[0].payload.buttons[0][0].type", equalTo("callback"))));
        String payload = max.getAllServeEvents().get(0).getRequest().getBodyAsString()
                .replaceAll("(?s).*\"payload\":\"([^\"]+)\".*", "$1");
        assertThat(signer.verify("4242", payload)).isPresent();
        assertThat(signer.verify("4243", payload)).as("a payload is good only for its person").isEmpty();
    }

    @Test
    void aLongTextGoesInPiecesWithTheButtonsUnderTheLast() {
        answerMessages(200, "{\"message\":{\"body\":{\"mid\":\"mid.0002\"}}}");
        String paragraph = "Мероприятие дорожной карты ".repeat(20) + "\n";

        messenger.send("4242", message(paragraph.repeat(30)));

        var requests = max.findAll(postRequestedFor(urlPathEqualTo("/messages")));
        assertThat(requests).hasSizeGreaterThan(1);
        for (int i = 0; i < requests.size(); i++) {
            String body = requests.get(i).getBodyAsString();
            assertThat(body.contains("inline_keyboard")).isEqualTo(i == requests.size() - 1);
        }
        assertThat(requests).allSatisfy(r -> assertThat(r.getBodyAsString().length()).isLessThan(4000 + 2000));
    }

    @Test
    void chatDeniedMeansThePersonBlockedTheBot() {
        answerMessages(403, "{\"code\":\"chat.denied\",\"message\":\"error.dialog.suspended\"}");
        assertThatThrownBy(() -> messenger.send("4242", message("x"))).isInstanceOf(RecipientBlockedException.class);
    }

    @Test
    void aRefusedTokenIsNotABlockedPerson() {
        answerMessages(403, "{\"code\":\"deprecated.token\",\"message\":\"use Authorization header\"}");
        assertThatThrownBy(() -> messenger.send("4242", message("x"))).isInstanceOf(DeliveryFailedException.class)
                .isNotInstanceOf(RecipientBlockedException.class)
                .satisfies(e -> assertThat(((DeliveryFailedException) e).isTransient()).isFalse());
    }

    @Test
    void tooManyRequestsAsksToWait() {
        answerMessages(429, "{\"code\":\"too.many.requests\",\"message\":\"Too many requests\"}");
        assertThatThrownBy(() -> messenger.send("4242", message("x"))).isInstanceOf(RateLimitedException.class)
                .satisfies(e -> assertThat(((RateLimitedException) e).retryAfter()).isEqualTo(Duration.ofSeconds(1)));
        assertThat(meters.counter("roadmapbot.max.rate-limited").count()).isEqualTo(1);
    }

    @Test
    void serverErrorsAndDroppedConnectionsAreWorthAnotherTryButBadRequestsAreNot() {
        answerMessages(503, "{\"code\":\"internal.error\"}");
        assertThatThrownBy(() -> messenger.send("4242", message("x"))).isInstanceOf(DeliveryFailedException.class)
                .satisfies(e -> assertThat(((DeliveryFailedException) e).isTransient()).isTrue());

        max.resetAll();
        max.stubFor(post(urlPathEqualTo("/messages")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> messenger.send("4242", message("x"))).isInstanceOf(DeliveryFailedException.class)
                .satisfies(e -> assertThat(((DeliveryFailedException) e).isTransient()).isTrue());

        max.resetAll();
        answerMessages(400, "{\"code\":\"proto.payload\",\"message\":\"text: size must be between 0 and 4000\"}");
        assertThatThrownBy(() -> messenger.send("4242", message("x"))).isInstanceOf(DeliveryFailedException.class)
                .satisfies(e -> assertThat(((DeliveryFailedException) e).isTransient()).isFalse());
    }
}
