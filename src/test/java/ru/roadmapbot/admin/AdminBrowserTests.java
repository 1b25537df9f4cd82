package ru.roadmapbot.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The web admin in a real browser (Debian's Chromium, headless, through chromedriver): sign in, load a roadmap
 * with a preview, confirm, read its rows and the ones to review, invite someone, and see the schools' progress.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:admin-browser;DB_CLOSE_DELAY=-1", "server.address=127.0.0.1",
        "roadmapbot.admin.password=s3cret-Пароль", "roadmapbot.people.bot-name=roadmap500_bot"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminBrowserTests {

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.start("ru-RU,ru");
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private WebElement await(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    @Test
    @Order(1)
    void strangersAreSentToSignInAndAWrongPasswordIsRefused() {
        browser.get(url("/admin"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");

        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("wrong");
        browser.findElement(By.id("sign-in")).click();

        assertThat(await(By.cssSelector(".error")).getText()).contains("Неверное имя или пароль");
    }

    @Test
    @Order(2)
    void adminLoadsARoadmapAfterAPreviewAndSeesItsRows() {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("s3cret-Пароль");
        browser.findElement(By.id("sign-in")).click();
        assertThat(await(By.tagName("h1")).getText()).isEqualTo("Сводка");

        browser.get(url("/admin/import"));
        browser.findElement(By.id("file")).sendKeys(Path.of("src/test/resources/fixtures/000_8947be193d347cd7.docx")
                .toAbsolutePath().toString());
        browser.findElement(By.id("read-file")).click();
        assertThat(await(By.id("preview-counts")).getText()).contains("Мероприятий: 66", "разделов: 8", "год: 2022");
        assertThat(browser.findElement(By.id("preview-territory")).getText()).contains("Сергокалинский район",
                "по заголовку и реквизитам документа");
        assertThat(browser.findElement(By.id("preview-name")).getText()).contains("500+ · Сергокалинский р-н · 2022");

        // a territory typed over the one found is shown again before anything is saved; one that says nothing is refused
        browser.findElement(By.id("territory")).sendKeys("Атлантида");
        browser.findElement(By.id("show-again")).click();
        assertThat(await(By.id("preview-problem")).getText()).contains("«Атлантида» не найдена");
        assertThat(browser.findElements(By.id("confirm-import"))).isEmpty();
        browser.findElement(By.id("territory")).clear();
        browser.findElement(By.id("show-again")).click();
        assertThat(await(By.id("preview-territory")).getText()).contains("Сергокалинский район");

        browser.findElement(By.id("confirm-import")).click();
        assertThat(await(By.cssSelector(".notice")).getText()).contains("сохранена", "новых 66");
        List<WebElement> rows = browser.findElements(By.cssSelector("#activities tbody tr"));
        assertThat(rows).hasSize(66);
        WebElement typo = browser.findElement(By.cssSelector("#activities tr[data-number='4.3.']"));
        assertThat(typo.getAttribute("class")).contains("review");
        assertThat(typo.getText()).contains("апрель-май 20212", "опечатка в годе");

        browser.findElement(By.id("only-review")).click();
        await(By.cssSelector("#activities"));
        assertThat(browser.findElements(By.cssSelector("#activities tbody tr"))).hasSizeBetween(1, 65)
                .allMatch(row -> row.getAttribute("class").contains("review"));
    }

    @Test
    @Order(3)
    void aFileThatIsNotARoadmapIsExplainedAndNothingIsStored() throws Exception {
        Path junk = java.nio.file.Files.createTempFile("картинка", ".docx");
        java.nio.file.Files.write(junk, new byte[]{(byte) 0x89, 'P', 'N', 'G', 1, 2, 3, 4, 5, 6, 7, 8});

        browser.get(url("/admin/import"));
        browser.findElement(By.id("file")).sendKeys(junk.toString());
        browser.findElement(By.id("read-file")).click();

        assertThat(await(By.id("import-error")).getText()).contains(junk.getFileName().toString());
        browser.get(url("/admin"));
        assertThat(browser.findElements(By.cssSelector("#roadmaps tbody tr"))).hasSize(1);
    }

    @Test
    @Order(4)
    void inviteGivesAOneTimeDeepLink() {
        browser.get(url("/admin/invitations"));
        browser.findElement(By.id("name")).sendKeys("Иванова А.А.");
        browser.findElement(By.id("organization")).sendKeys("МБОУ Галицкая СОШ");
        browser.findElement(By.id("send-invite")).click();

        assertThat(await(By.id("invite-link")).getText()).matches("https://t\\.me/roadmap500_bot\\?start=[A-Za-z0-9_-]{32}");
    }
}
