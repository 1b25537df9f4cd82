package ru.roadmapbot.reminder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ru.roadmapbot.messenger.OutgoingMessage;
import ru.roadmapbot.people.InvitationRequest;
import ru.roadmapbot.people.Invitations;
import ru.roadmapbot.people.Participant;
import ru.roadmapbot.people.ParticipantStatus;
import ru.roadmapbot.people.Participants;
import ru.roadmapbot.people.Role;
import ru.roadmapbot.people.MessengerAccounts;

/**
 * The delivery queue against WireMock playing Telegram's error answers: 429 with retry_after pauses the queue and
 * loses nothing, 403 marks the person blocked and fails their queue, 500 is retried with backoff.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.datasource.url=jdbc:h2:mem:delivery;DB_CLOSE_DELAY=-1",
        "roadmapbot.telegram.poll-timeout-seconds=1"})
class DeliveryWorkerTests {

    private static final WireMockServer TELEGRAM = start();
    private static final AtomicLong USERS = new AtomicLong(70_000);

    private static WireMockServer start() {
        WireMockServer server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        return server;
    }

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        registry.add("roadmapbot.telegram.token", () -> "777:TEST");
        registry.add("roadmapbot.telegram.base-url", TELEGRAM::baseUrl);
    }

    @AfterAll
    static void stop() {
        TELEGRAM.stop();
    }

    @Autowired
    Outbox outbox;

    @Autowired
    Invitations invitations;

    @Autowired
    Participants participants;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void telegramAnswers() {
        TELEGRAM.resetAll();
        TELEGRAM.stubFor(any(urlPathMatching("/bot.*")).atPriority(10).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"ok\":true,\"result\":true}")));
        TELEGRAM.stubFor(any(urlPathMatching("/bot.*/getme")).atPriority(5).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("{\"ok\":true,\"result\":{\"id\":1,\"is_bot\":true,\"first_name\":\"Bot\",\"username\":\"test_bot\"}}")));
        TELEGRAM.stubFor(any(urlPathMatching("/bot.*/getupdates")).atPriority(5).willReturn(aResponse().withFixedDelay(500)
                .withHeader("Content-Type", "application/json").withBody("{\"ok\":true,\"result\":[]}")));
    }

    private Participant registered() {
        long user = USERS.incrementAndGet();
        String token = invitations.invite(new InvitationRequest(Role.DIRECTOR, "Участник " + user, "МОУ № " + user,
                List.of(), null, null)).token();
        return invitations.accept(token, MessengerAccounts.telegram(user, user, "user" + user));
    }

    private String chat(Participant person) {
        return participants.contactsOf(person.getId()).get(0).address().chat();
    }

    private static String ok(String chat) {
        return "{\"ok\":true,\"result\":{\"message_id\":5,\"date\":1700000000,\"chat\":{\"id\":" + chat
                + ",\"type\":\"private\"},\"text\":\"x\"}}";
    }

    private void enqueue(String key, Participant to) {
        outbox.enqueue(key, to.getId(), participants.addressOf(to).orElseThrow(), OutgoingMessage.text("Напоминание " + key), Instant.now().minusSeconds(3600 * 24 * 365 * 5));
    }

    private void awaitNoPending(Duration timeout) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        while (System.currentTimeMillis() < deadline) {
            Integer open = jdbc.queryForObject("select count(*) from outbox where state in ('PENDING', 'CLAIMED', 'SENDING')", Integer.class);
            if (open == 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("outbox still has pending messages");
    }

    private List<LoggedRequest> sends() {
        return TELEGRAM.findAll(postRequestedFor(urlPathMatching("/bot.*/sendmessage")));
    }

    @Test
    void tooManyRequestsWithRetryAfterDelaysTheQueueAndLosesNothing() throws Exception {
        List<Participant> people = List.of(registered(), registered(), registered(), registered(), registered());
        TELEGRAM.stubFor(post(urlPathMatching("/bot.*/sendmessage")).inScenario("429").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("after").willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                        .withBody("{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 3\","
                                + "\"parameters\":{\"retry_after\":3}}")));
        for (Participant person : people) {
            TELEGRAM.stubFor(post(urlPathMatching("/bot.*/sendmessage")).inScenario("429").whenScenarioStateIs("after")
                    .withRequestBody(containing("\"chat_id\":\"" + chat(person) + "\""))
                    .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(ok(chat(person)))));
        }

        people.forEach(person -> enqueue("rl-" + person.getId(), person));
        awaitNoPending(Duration.ofSeconds(20));

        List<LoggedRequest> sends = sends().stream()
                .sorted(java.util.Comparator.comparing(LoggedRequest::getLoggedDate)).toList();
        // requests that raced into WireMock's first scenario state may both get the 429; each refused one is resent
        long refusals = TELEGRAM.getAllServeEvents().stream().filter(e -> e.getResponse().getStatus() == 429).count();
        assertThat(refusals).isPositive();
        assertThat(sends).hasSize(people.size() + (int) refusals);
        // the queue pauses once the 429 is handled: sends already under way may finish, then nothing for retry_after
        com.github.tomakehurst.wiremock.stubbing.ServeEvent refusedEvent = TELEGRAM.getAllServeEvents().stream()
                .filter(e -> e.getResponse().getStatus() == 429)
                .min(java.util.Comparator.comparing(e -> e.getRequest().getLoggedDate())).orElseThrow();
        Instant refused = refusedEvent.getRequest().getLoggedDate().toInstant();
        String refusedChat = refusedEvent.getRequest().getBodyAsString().replaceAll("(?s).*\"chat_id\":\"(\\d+)\".*", "$1");
        List<Instant> times = sends.stream().map(r -> r.getLoggedDate().toInstant()).toList();
        boolean paused = false;
        for (int i = 1; i < times.size(); i++) {
            paused |= !times.get(i - 1).isBefore(refused) && Duration.between(times.get(i - 1), times.get(i)).toMillis() >= 2500;
        }
        assertThat(paused).as("a pause of retry_after in " + times).isTrue();
        assertThat(sends.stream().filter(r -> r.getBodyAsString().contains("\"chat_id\":\"" + refusedChat + "\""))
                .map(r -> r.getLoggedDate().toInstant()).filter(at -> at.isAfter(refused)))
                .isNotEmpty().allMatch(at -> !at.isBefore(refused.plusMillis(2900)));
        assertThat(jdbc.queryForObject("select count(*) from outbox where dedup_key like 'rl-%' and state = 'SENT'", Integer.class))
                .as(jdbc.queryForList("select dedup_key, state, attempts, last_error from outbox where dedup_key like 'rl-%'").toString())
                .isEqualTo(people.size());
        List<com.github.tomakehurst.wiremock.stubbing.ServeEvent> accepted = TELEGRAM.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().toLowerCase().endsWith("/sendmessage") && e.getResponse().getStatus() == 200).toList();
        for (Participant person : people) {
            assertThat(accepted.stream().filter(e -> e.getRequest().getBodyAsString().contains("\"chat_id\":\"" + chat(person) + "\"")))
                    .as("delivered once to " + chat(person)).hasSize(1);
        }
    }

    @Test
    void forbiddenMarksThePersonBlockedAndFailsTheirQueue() throws Exception {
        Participant blocker = registered();
        Participant other = registered();
        TELEGRAM.stubFor(post(urlPathMatching("/bot.*/sendmessage")).withRequestBody(containing("\"chat_id\":\"" + chat(blocker) + "\""))
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                        .withBody("{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was blocked by the user\"}")));
        TELEGRAM.stubFor(post(urlPathMatching("/bot.*/sendmessage")).withRequestBody(containing("\"chat_id\":\"" + chat(other) + "\""))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(ok(chat(other)))));

        enqueue("b1-" + blocker.getId(), blocker);
        enqueue("b2-" + blocker.getId(), blocker);
        enqueue("o1-" + other.getId(), other);
        awaitNoPending(Duration.ofSeconds(20));

        assertThat(participants.byId(blocker.getId()).orElseThrow().getStatus()).isEqualTo(ParticipantStatus.BLOCKED);
        assertThat(participants.byId(other.getId()).orElseThrow().getStatus()).isEqualTo(ParticipantStatus.ACTIVE);
        assertThat(jdbc.queryForObject("select count(*) from outbox where participant_id = ? and state = 'FAILED'", Integer.class,
                blocker.getId())).isEqualTo(2);
        assertThat(sends().stream().filter(r -> r.getBodyAsString().contains("\"chat_id\":\"" + chat(blocker) + "\""))).hasSize(1);
        assertThat(jdbc.queryForObject("select state from outbox where dedup_key = ?", String.class, "o1-" + other.getId()))
                .isEqualTo("SENT");
    }

    @Test
    void serverErrorIsRetriedWithBackoff() throws Exception {
        Participant person = registered();
        TELEGRAM.stubFor(post(urlPathMatching("/bot.*/sendmessage")).inScenario("500").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("recovered").willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
                        .withBody("{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}")));
        TELEGRAM.stubFor(post(urlPathMatching("/bot.*/sendmessage")).inScenario("500").whenScenarioStateIs("recovered")
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(ok(chat(person)))));

        enqueue("retry-" + person.getId(), person);
        awaitNoPending(Duration.ofSeconds(20));

        assertThat(sends()).hasSize(2);
        assertThat(jdbc.queryForObject("select attempts from outbox where dedup_key = ?", Integer.class, "retry-" + person.getId()))
                .isEqualTo(1);
        assertThat(Duration.between(sends().get(0).getLoggedDate().toInstant(), sends().get(1).getLoggedDate().toInstant()))
                .isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    }
}
