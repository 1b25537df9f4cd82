package ru.roadmapbot.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;

import ru.roadmapbot.account.Account;
import ru.roadmapbot.account.AccountRole;
import ru.roadmapbot.account.Accounts;
import ru.roadmapbot.account.SignInLinks;

/** What is open over HTTP: feeds and health; the admin only after sign-in and forms only with their CSRF token. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:security-rules;DB_CLOSE_DELAY=-1", "server.address=127.0.0.1",
        "roadmapbot.admin.password=secret-password"})
// No Accept-Language in these requests: the pages fall back to Russian.
class SecurityRulesTests {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    SignInLinks links;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void adminPagesNeedSignIn() throws Exception {
        HttpResponse<String> response = get("/admin");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/login");
        assertThat(get("/admin/roadmaps/1").statusCode()).isEqualTo(302);
    }

    @Test
    void feedsAndHealthAreOpen() throws Exception {
        assertThat(get("/calendar/" + "A".repeat(32) + ".ics").statusCode()).isEqualTo(404);
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(get("/login").statusCode()).isEqualTo(200);
    }

    @Test
    void everythingElseIsClosed() throws Exception {
        assertThat(get("/actuator/env").statusCode()).isIn(302, 401, 403, 404);
        assertThat(get("/h2-console").statusCode()).isIn(302, 401, 403, 404);
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/admin/import/confirm"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isIn(302, 401, 403);
    }

    @Test
    void aSignedInAdminsFormWithoutItsCsrfTokenIsRefused() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String loginToken = csrfToken(browser, "/login");
        HttpResponse<String> signIn = post(browser, "/login",
                "username=admin&password=secret-password&_csrf=" + encode(loginToken));
        assertThat(signIn.headers().firstValue("Location")).get().asString().endsWith("/admin");

        String form = "role=DIRECTOR&name=" + encode("Иванова А.А.") + "&organization=" + encode("МОУ № 2");
        assertThat(post(browser, "/admin/invitations", form).statusCode()).isEqualTo(403);

        HttpResponse<String> withToken = post(browser, "/admin/invitations",
                form + "&_csrf=" + encode(csrfToken(browser, "/admin/invitations")));
        assertThat(withToken.statusCode()).isEqualTo(200);
        assertThat(withToken.body()).contains("Приглашение для Иванова А.А. готово");
    }

    @Test
    void aOneTimeLinkFromTheBotSignsInOnceAndNoMore() throws Exception {
        Account account = accounts.forParticipant(4242L, "Зыкова М.В.", AccountRole.MUNICIPAL, null);
        String link = "/admin/sign-in/" + links.issue(account.getId());
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> first = browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + link)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(first.headers().firstValue("Location")).get().asString().endsWith("/admin");
        assertThat(browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/admin")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

        HttpClient stranger = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> again = stranger.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + link)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.headers().firstValue("Location")).get().asString().endsWith("/login?link");
    }

    @Test
    void signingOutEverywhereEndsTheAccountsOtherSessions() throws Exception {
        HttpClient laptop = signedIn();
        HttpClient phone = signedIn();
        assertThat(get(phone, "/admin").statusCode()).isEqualTo(200);

        HttpResponse<String> out = post(laptop, "/admin/sign-out-everywhere",
                "_csrf=" + encode(csrfToken(laptop, "/admin")));
        assertThat(out.headers().firstValue("Location")).get().asString().endsWith("/login?logout");

        HttpResponse<String> phoneAgain = get(phone, "/admin");
        assertThat(phoneAgain.statusCode()).isEqualTo(302);
        assertThat(phoneAgain.headers().firstValue("Location")).get().asString().endsWith("/login?expired");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> login = get(browser, "/login");
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax"));
    }

    @Test
    void aFileOverTheImportLimitIsRefusedByNameAndLimit() throws Exception {
        HttpClient browser = signedIn();
        String boundary = "----roadmapbot" + System.nanoTime();
        byte[] big = new byte[11 * 1024 * 1024];
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                + csrfToken(browser, "/admin/import") + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"большой план.docx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(big);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/admin/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("большой план.docx", "10 МБ");
    }

    @Test
    void anUnknownPageIsTheConsolesOwnRussianPage() throws Exception {
        HttpResponse<String> response = signedIn().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/admin/roadmaps/987654")).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Страница не найдена").doesNotContain("Whitelabel");
    }

    private HttpClient signedIn() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> signIn = post(browser, "/login",
                "username=admin&password=secret-password&_csrf=" + encode(csrfToken(browser, "/login")));
        assertThat(signIn.headers().firstValue("Location")).get().asString().endsWith("/admin");
        return browser;
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String csrfToken(HttpClient browser, String page) throws Exception {
        String html = browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + page)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(html);
        assertThat(token.find()).as("the page %s carries a CSRF token", page).isTrue();
        return token.group(1);
    }

    private HttpResponse<String> post(HttpClient browser, String path, String form) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
