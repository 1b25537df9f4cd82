package ru.roadmapbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ru.roadmapbot.people.InvitationRequest;
import ru.roadmapbot.people.Invitations;
import ru.roadmapbot.people.Role;
import ru.roadmapbot.roadmap.RoadmapImporter;
import tools.jackson.databind.JsonNode;
import ru.roadmapbot.roadmap.Roadmaps;

/**
 * /calendar through the Bot API emulator, with the web server on 127.0.0.1: the link the bot gives downloads a valid
 * feed, "new link" edits the message with another link and the old one answers 404, and coordinators get the links
 * of roadmaps.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:calendar-bot;DB_CLOSE_DELAY=-1",
        "server.address=127.0.0.1",
        "roadmapbot.clock.fixed=2022-02-10T09:00:00+03:00",
        "roadmapbot.telegram.poll-timeout-seconds=5"})
class CalendarCommandEndToEndTests {

    private static final Pattern LINK = Pattern.compile("<code>((?:https?|webcal)://[^<]+/calendar/[A-Za-z0-9_-]{32}\\.ics)</code>");
    private static final TelegramEmulator.User DIRECTOR = new TelegramEmulator.User(6001, "Анна");
    private static final TelegramEmulator.User COORDINATOR = new TelegramEmulator.User(6002, "Мария");

    private static TelegramEmulator emulator;
    private static int webPort;

    @Autowired
    Invitations invitations;

    @Autowired
    RoadmapImporter importer;

    @Autowired
    Roadmaps roadmaps;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void startEmulator() throws Exception {
        emulator = TelegramEmulator.start();
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            webPort = socket.getLocalPort();
        }
        registry.add("roadmapbot.telegram.token", () -> TelegramEmulator.TOKEN);
        registry.add("roadmapbot.telegram.base-url", () -> emulator.baseUrl());
        registry.add("server.port", () -> webPort);
        registry.add("roadmapbot.calendar.base-url", () -> "http://127.0.0.1:" + webPort);
    }

    private synchronized void register(TelegramEmulator.User user, Role role, String name, String organization) throws Exception {
        if (roadmaps.byCode("004_7680f41c24c846e3").isEmpty()) {
            try (InputStream in = new ClassPathResource("demo/004_7680f41c24c846e3.txt").getInputStream()) {
                importer.importContent("004_7680f41c24c846e3.txt", in.readAllBytes(), null);
            }
        }
        if (emulator.messagesTo(user).stream().anyMatch(m -> m.get("text").asString().contains("Здравствуйте"))) {
            return;
        }
        String token = invitations.invite(new InvitationRequest(role, name, organization, List.of(), null, null)).token();
        emulator.command(user, "/start " + token);
        emulator.awaitText(user, "Здравствуйте");
    }

    @Test
    void calendarLinkDownloadsAValidFeedAndNewLinkRevokesTheOldOne() throws Exception {
        register(DIRECTOR, Role.DIRECTOR, "Иванова А.А.", "МБОУ Галицкая СОШ");

        emulator.command(DIRECTOR, "/calendar");
        JsonNode reply = emulator.awaitText(DIRECTOR, "Ваш календарь");

        List<String> links = links(reply);
        assertThat(links).hasSize(2);
        assertThat(links.get(0)).startsWith("http://127.0.0.1:" + webPort + "/calendar/");
        assertThat(links.get(1)).isEqualTo(links.get(0).replace("http://", "webcal://"));
        HttpResponse<byte[]> feed = get(links.get(0));
        assertThat(feed.statusCode()).isEqualTo(200);
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(feed.body()));
        assertThat(calendar.validate().getEntries()).isEmpty();
        assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue()).isEqualTo("Дорожная карта — Иванова А.А.");

        long messageId = reply.get("message_id").asLong();
        emulator.press(DIRECTOR, buttonData(reply, "Новая ссылка"), messageId);
        JsonNode edited = emulator.awaitMessage(DIRECTOR, m -> m.get("message_id").asLong() == messageId
                && !links(m).isEmpty() && !links(m).get(0).equals(links.get(0)), Duration.ofSeconds(15));

        assertThat(get(links.get(0)).statusCode()).isEqualTo(404);
        assertThat(get(links(edited).get(0)).statusCode()).isEqualTo(200);
    }

    @Test
    void coordinatorGetsTheLinksOfRoadmaps() throws Exception {
        register(COORDINATOR, Role.MUNICIPAL_COORDINATOR, "Зыкова М.В.", "МКУ «УО»");
        emulator.command(COORDINATOR, "/calendar");
        JsonNode reply = emulator.awaitText(COORDINATOR, "Ваш календарь");

        emulator.press(COORDINATOR, buttonData(reply, "Школы и дорожные карты"), reply.get("message_id").asLong());
        JsonNode list = emulator.awaitText(COORDINATOR, "Календари школ и дорожных карт");

        // a roadmap is named by its short name, never by its file's code
        assertThat(list.get("text").asString()).contains("500+ · Гороховецкий р-н · 2022").doesNotContain("004_7680f41c24c846e3");
        HttpResponse<byte[]> feed = get(links(list).get(0));
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(new String(feed.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("X-WR-CALNAME:Дорожная карта");
    }

    private static List<String> links(JsonNode message) {
        Matcher matcher = LINK.matcher(message.get("text").asString());
        List<String> found = new java.util.ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private HttpResponse<byte[]> get(String link) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(link)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String buttonData(JsonNode message, String labelFragment) {
        for (JsonNode row : message.get("reply_markup").get("inline_keyboard")) {
            for (JsonNode button : row) {
                if (button.get("text").asString().contains(labelFragment)) {
                    return button.get("callback_data").asString();
                }
            }
        }
        throw new AssertionError("no button '" + labelFragment + "' in " + message);
    }
}
