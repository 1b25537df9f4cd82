package ru.roadmapbot.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ru.roadmapbot.people.InvitationRequest;
import ru.roadmapbot.people.Invitations;
import ru.roadmapbot.people.Role;
import ru.roadmapbot.roadmap.HostileDocuments;
import ru.roadmapbot.roadmap.Roadmaps;
import ru.roadmapbot.telegram.TelegramEmulator;

/**
 * Hostile documents through the bot and the console, not only the command line: a million-row .xlsx, a zip bomb and
 * a CSV 10,000 columns wide sent to the bot by a coordinator are each refused with a message naming the file and the
 * limit, while another person's command is answered; the console refuses the million rows the same way; nothing is
 * stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:hostile-e2e;DB_CLOSE_DELAY=-1", "server.address=127.0.0.1",
        "roadmapbot.admin.password=hostile-password", "roadmapbot.telegram.poll-timeout-seconds=5",
        "spring.quartz.auto-startup=false"})
class HostileDocumentsEndToEndTests {

    private static TelegramEmulator emulator;
    private static final TelegramEmulator.User COORDINATOR = new TelegramEmulator.User(8801, "Мария");
    private static final TelegramEmulator.User OTHER = new TelegramEmulator.User(8802, "Пётр");

    @BeforeAll
    static void startEmulator() throws Exception {
        emulator = TelegramEmulator.start();
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        registry.add("roadmapbot.telegram.token", () -> TelegramEmulator.TOKEN);
        registry.add("roadmapbot.telegram.base-url", () -> emulator.baseUrl());
    }

    @LocalServerPort
    int port;

    @Autowired
    Invitations invitations;

    @Autowired
    Roadmaps roadmaps;

    @Test
    void theBotRefusesEachByNameAndLimitWhileAnsweringOthers() throws Exception {
        emulator.command(COORDINATOR, "/start " + invitations.invite(new InvitationRequest(Role.MUNICIPAL_COORDINATOR,
                "Зыкова М.В.", "МКУ «УО»", List.of(), null, null, "Гороховецкий район")).token());
        emulator.awaitText(COORDINATOR, "Здравствуйте");

        emulator.upload(COORDINATOR, "миллион.xlsx", HostileDocuments.xlsx(1_000_000, false));
        emulator.upload(COORDINATOR, "бомба.xlsx", HostileDocuments.xlsxBomb(200));
        emulator.upload(COORDINATOR, "широкий.csv", HostileDocuments.wideCsv(10_000));
        emulator.command(OTHER, "/help");

        emulator.awaitMessage(OTHER, m -> !m.get("text").asString().isBlank(), Duration.ofSeconds(15));
        refusal("«миллион.xlsx»", "больше 5000 строк");
        refusal("«бомба.xlsx»", "распаковывается в слишком большой объём");
        refusal("«широкий.csv»", "больше 100 столбцов");
        assertThat(roadmaps.currentActivities()).isEmpty();
    }

    @Test
    void theConsoleRefusesAMillionRowsByNameAndLimit() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> signIn = post(browser, "/login",
                "username=admin&password=hostile-password&_csrf=" + encode(csrfToken(browser, "/login")));
        assertThat(signIn.headers().firstValue("Location")).get().asString().endsWith("/admin");

        String boundary = "----roadmapbot" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                + csrfToken(browser, "/admin/import") + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"миллион.xlsx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(HostileDocuments.xlsx(1_000_000, false));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(url("/admin/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.body()).contains("миллион.xlsx", "5000 строк");
        assertThat(roadmaps.currentActivities()).isEmpty();
    }

    /** The bot first says it is reading the file; the refusal that follows names it and the limit. */
    private static void refusal(String file, String limit) throws InterruptedException {
        emulator.awaitMessage(COORDINATOR, m -> m.get("text").asString().contains(file)
                && m.get("text").asString().contains(limit), Duration.ofSeconds(60));
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private String csrfToken(HttpClient browser, String page) throws Exception {
        String html = browser.send(HttpRequest.newBuilder(url(page)).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(html);
        assertThat(token.find()).as("the page %s carries a CSRF token", page).isTrue();
        return token.group(1);
    }

    private HttpResponse<String> post(HttpClient browser, String path, String form) throws Exception {
        return browser.send(HttpRequest.newBuilder(url(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
