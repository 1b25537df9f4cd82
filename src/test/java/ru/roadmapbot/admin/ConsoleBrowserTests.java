package ru.roadmapbot.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ru.roadmapbot.account.AccountRole;
import ru.roadmapbot.account.Accounts;
import ru.roadmapbot.confirmation.Confirmations;
import ru.roadmapbot.confirmation.TaskState;
import ru.roadmapbot.confirmation.TaskStatus;
import ru.roadmapbot.people.InvitationRequest;
import ru.roadmapbot.people.Invitations;
import ru.roadmapbot.people.Organizations;
import ru.roadmapbot.people.Participant;
import ru.roadmapbot.people.Role;
import ru.roadmapbot.roadmap.Activity;
import ru.roadmapbot.roadmap.ImportOptions;
import ru.roadmapbot.roadmap.RoadmapImporter;
import ru.roadmapbot.roadmap.Roadmaps;
import ru.roadmapbot.telegram.TelegramEmulator;
import ru.roadmapbot.people.MessengerAccounts;

/**
 * The region's console in Debian's Chromium (a browser asking for English), with the bot on the Bot API emulator, on
 * a clock pinned to 10 May 2022: sign in, upload a seed .docx, correct a flagged schedule cell and see it read again,
 * import, see what a re-upload would change, invite a director with a QR code, confirm a task through the bot and
 * see the matrix change, open the activity's page, download the XLSX and read it back with POI and LibreOffice; a
 * municipal account gets 404 for another municipality's roadmap, school, activity and file; wrong passwords are
 * throttled and then locked. Screenshots of the matrix, the activity page and the import review go to
 * target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:console-browser;DB_CLOSE_DELAY=-1", "server.address=127.0.0.1",
        "roadmapbot.admin.password=Region-Пароль-2022", "roadmapbot.people.bot-name=roadmap500_bot",
        "roadmapbot.people.max-bot-name=roadmap500_max_bot", "roadmapbot.clock.fixed=2022-05-10T09:00:00+03:00", "roadmapbot.telegram.poll-timeout-seconds=5"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTests {

    private static final String SERGOKALA = "000_8947be193d347cd7";
    private static final String SCHOOL = "МКОУ «Новомугинская СОШ»";
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final TelegramEmulator.User DIRECTOR = new TelegramEmulator.User(9101, "Патимат");

    private static WebDriver browser;
    private static TelegramEmulator emulator;
    private static String inviteLink;
    private static Long confirmedActivity;

    @LocalServerPort
    int port;

    @Autowired
    RoadmapImporter importer;

    @Autowired
    Roadmaps roadmaps;

    @Autowired
    Accounts accounts;

    @Autowired
    Invitations invitations;

    @Autowired
    Confirmations confirmations;

    @Autowired
    Organizations organizations;

    @TempDir
    static Path folder;

    @BeforeAll
    static void start() throws Exception {
        emulator = TelegramEmulator.start();
        browser = Chromium.start("en-US,en");
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        emulator.close();
    }

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        registry.add("roadmapbot.telegram.token", () -> TelegramEmulator.TOKEN);
        registry.add("roadmapbot.telegram.base-url", () -> emulator.baseUrl());
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static WebElement await(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    private static void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private void signIn(String login, String password) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(login);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("sign-in")).click();
    }

    private void signOut() {
        browser.get(url("/admin"));
        await(By.id("sign-out")).click();
        await(By.id("sign-in"));
    }

    private Long roadmapId(String code) {
        return roadmaps.byCode(code).orElseThrow().getId();
    }

    private Activity activity(String code, String number) {
        return roadmaps.currentActivitiesOf(roadmapId(code)).stream().filter(a -> number.equals(a.getNumber()))
                .findFirst().orElseThrow();
    }

    @Test
    @Order(1)
    void theConsoleIsRussianWhateverTheBrowserAsksAndACorrectedCellIsReadAgainBeforeImport() throws Exception {
        signIn("admin", "Region-Пароль-2022");
        assertThat(await(By.tagName("h1")).getText()).isEqualTo("Сводка");

        browser.get(url("/admin/import"));
        browser.findElement(By.id("file")).sendKeys(Path.of("src/test/resources/fixtures/" + SERGOKALA + ".docx")
                .toAbsolutePath().toString());
        browser.findElement(By.id("read-file")).click();
        WebElement typo = await(By.cssSelector("#rows tr[data-number='4.3.']"));
        assertThat(typo.getAttribute("class")).contains("review");
        assertThat(typo.getText()).contains("апрель-май 20212", "опечатка в годе");
        // rows to review come first
        assertThat(browser.findElements(By.cssSelector("#rows tbody tr")).get(0).getAttribute("class")).contains("review");

        typo.findElement(By.cssSelector("input.fix")).clear();
        typo.findElement(By.cssSelector("input.fix")).sendKeys("апрель-май 2022");
        browser.findElement(By.id("show-again")).click();
        WebElement corrected = await(By.cssSelector("#rows tr[data-number='4.3.']"));
        assertThat(corrected.getText()).contains("01.04.2022 — 31.05.2022", "исправлено вручную");
        assertThat(corrected.getAttribute("class")).doesNotContain("review");
        screenshot("console-import-review");

        browser.findElement(By.id("confirm-import")).click();
        assertThat(await(By.cssSelector(".notice")).getText()).contains("сохранена", "новых 66");
        WebElement stored = browser.findElement(By.cssSelector("#activities tr[data-number='4.3.']"));
        assertThat(stored.getAttribute("class")).doesNotContain("review");
        assertThat(stored.getText()).contains("01.04.2022 — 31.05.2022");

        browser.findElement(By.id("lang-en")).click();
        assertThat(await(By.id("short-name")).getText()).isEqualTo("500+ · Сергокалинский р-н · 2022");
        assertThat(browser.findElement(By.id("matrix-link")).getText()).isEqualTo("Matrix");
        browser.get(url("/admin?lang=ru"));
        assertThat(await(By.tagName("h1")).getText()).isEqualTo("Сводка");
    }

    @Test
    @Order(2)
    void aReuploadShowsWhatWouldChangeAndTheCorrectionHolds() throws Exception {
        Path same = Path.of("src/test/resources/fixtures/" + SERGOKALA + ".docx").toAbsolutePath();
        browser.get(url("/admin/import"));
        browser.findElement(By.id("file")).sendKeys(same.toString());
        browser.findElement(By.id("read-file")).click();
        assertThat(await(By.id("changes")).getText()).contains("Ничего: документ совпадает с загруженным");
        assertThat(browser.findElement(By.cssSelector("#rows tr[data-number='4.3.']")).getText()).contains("исправлено вручную");
        browser.findElement(By.id("cancel-import")).click();

        // the same document with row 1.1 moved from March to April
        Path edited = folder.resolve(SERGOKALA + ".docx");
        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(same))) {
            for (XWPFTable table : document.getTables()) {
                for (XWPFTableRow row : table.getRows()) {
                    if (row.getCell(0).getText().strip().startsWith("1.1")) {
                        for (XWPFParagraph paragraph : row.getCell(2).getParagraphs()) {
                            paragraph.getRuns().forEach(run -> run.setText(run.getText(0) == null ? null
                                    : run.getText(0).replace("март", "апрель"), 0));
                        }
                    }
                }
            }
            try (var out = Files.newOutputStream(edited)) {
                document.write(out);
            }
        }
        browser.get(url("/admin/import"));
        browser.findElement(By.id("file")).sendKeys(edited.toString());
        browser.findElement(By.id("read-file")).click();

        assertThat(await(By.id("changes-counts")).getText()).contains("Новых: 0, изменится: 1, будет снято: 0");
        assertThat(browser.findElement(By.cssSelector("#changes li.changed")).getText()).contains("1.1.");
        browser.findElement(By.id("cancel-import")).click();
        assertThat(activity(SERGOKALA, "1.1.").getScheduleText()).isEqualTo("март 2022");
    }

    @Test
    @Order(3)
    void anInvitationComesWithAQrCodeOfItsLink() throws Exception {
        browser.get(url("/admin/invitations"));
        browser.findElement(By.id("name")).sendKeys("Магомедова П.М.");
        browser.findElement(By.id("organization")).sendKeys(SCHOOL);
        browser.findElement(By.id("send-invite")).click();

        inviteLink = await(By.id("invite-link")).getText();
        assertThat(inviteLink).matches("https://t\\.me/roadmap500_bot\\?start=[A-Za-z0-9_-]{32}");
        String png = browser.findElement(By.id("invite-qr")).getAttribute("src");
        assertThat(png).startsWith("data:image/png;base64,");
        String decoded = qrText(png);
        assertThat(decoded).isEqualTo(inviteLink);
        // the same invitation opens the MAX bot too, with a code of its own
        String maxLink = browser.findElement(By.id("invite-link-max")).getText();
        assertThat(maxLink).isEqualTo("https://max.ru/roadmap500_max_bot?start=" + inviteLink.substring(inviteLink.indexOf("start=") + 6));
        assertThat(qrText(browser.findElement(By.id("invite-qr-max")).getAttribute("src"))).isEqualTo(maxLink);

        browser.get(url("/admin/people"));
        assertThat(await(By.cssSelector("#invitations tr[data-invitation='Магомедова П.М.'] .state")).getText())
                .isEqualTo("отправлено");
    }

    private static String qrText(String png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(png.substring(png.indexOf(',') + 1))));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
    }

    @Test
    @Order(4)
    void aTaskConfirmedThroughTheBotChangesTheMatrix() throws Exception {
        emulator.command(DIRECTOR, "/start " + inviteLink.substring(inviteLink.indexOf("start=") + 6));
        emulator.awaitText(DIRECTOR, "Здравствуйте");
        browser.get(url("/admin/people"));
        assertThat(await(By.cssSelector("#people tr[data-person='Магомедова П.М.'] .channels")).getText())
                .isEqualTo("Telegram (напоминания)");
        emulator.command(DIRECTOR, "/tasks");
        var tasks = emulator.awaitText(DIRECTOR, "Мои задачи");
        String open = TelegramEmulator.button(tasks, "1");
        confirmedActivity = Long.valueOf(open.split(":")[1]);
        Long schoolId = organizations.named(SCHOOL).get(0).getId();

        browser.get(url("/admin/roadmaps/" + roadmapId(SERGOKALA) + "/matrix"));
        By cell = By.cssSelector("#matrix tr[data-school='" + SCHOOL + "'] td[data-activity='" + confirmedActivity + "']");
        assertThat(await(cell).getAttribute("data-state")).isEqualTo("OVERDUE");

        emulator.press(DIRECTOR, open, tasks.get("message_id").asLong());
        var task = emulator.awaitMessage(DIRECTOR, m -> m.get("message_id").asLong() == tasks.get("message_id").asLong()
                && m.get("text").asString().contains("Срок:"), Duration.ofSeconds(15));
        emulator.press(DIRECTOR, TelegramEmulator.button(task, "Выполнено"), task.get("message_id").asLong());
        emulator.awaitText(DIRECTOR, "комментарий или файл");

        browser.navigate().refresh();
        assertThat(await(cell).getAttribute("data-state")).isEqualTo("DONE");
        assertThat(browser.findElement(By.id("totals")).getText()).contains("выполнено: 1");
        screenshot("console-matrix");

        browser.findElement(cell).findElement(By.tagName("a")).click();
        assertThat(await(By.id("activity-school")).getText()).isEqualTo(SCHOOL);
        assertThat(browser.findElement(By.id("history")).getText()).contains("Магомедова П.М.", "выполнено");
        assertThat(browser.getCurrentUrl()).endsWith("/schools/" + schoolId);
        screenshot("console-activity");
    }

    @Test
    @Order(5)
    void theMatrixDownloadsAsAWorkbookThatPoiAndLibreOfficeRead() throws Exception {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                url("/admin/roadmaps/" + roadmapId(SERGOKALA) + "/matrix.xlsx"))).header("Cookie", "JSESSIONID=" + session.getValue())
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition")).get().asString().contains("attachment");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            Sheet grid = workbook.getSheet("Матрица");
            assertThat(grid.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Школа");
            assertThat(grid.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(grid.getColumnWidth(0)).isGreaterThan(10 * 256);
            Sheet lines = workbook.getSheet("Строки");
            Row done = null;
            for (Row row : lines) {
                if (row.getRowNum() > 0 && SCHOOL.equals(row.getCell(0).getStringCellValue())
                        && "выполнено".equals(row.getCell(7).getStringCellValue())) {
                    done = row;
                }
            }
            assertThat(done).isNotNull();
            Cell due = done.getCell(6);
            assertThat(due.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(due)).isTrue();
        }

        Path xlsx = folder.resolve("matrix.xlsx");
        Files.write(xlsx, download.body());
        Process soffice = new ProcessBuilder("soffice", "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):59,34,76",
                "--outdir", folder.toString(), xlsx.toString()).redirectErrorStream(true).start();
        String output = new String(soffice.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(soffice.waitFor(120, TimeUnit.SECONDS)).as(output).isTrue();
        String csv = Files.readString(folder.resolve("matrix.csv"), StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst()).get().asString().startsWith("Школа;Территория;Руководитель");
        assertThat(csv).contains(SCHOOL, "Магомедова П.М.", "выполнено", "просрочено");
    }

    @Test
    @Order(6)
    void aMunicipalAccountGets404ForAnotherMunicipalitysRoadmapSchoolActivityAndFile() throws Exception {
        try (var in = new ClassPathResource("demo/004_7680f41c24c846e3.txt").getInputStream()) {
            importer.importDocument("004_7680f41c24c846e3.txt", in.readAllBytes(), ImportOptions.defaults());
        }
        accounts.create("gorokhovets", AccountRole.MUNICIPAL, "Гороховецкий район", "Гороховец-2022!");
        Participant director = invitations.accept(invitations.invite(new InvitationRequest(Role.DIRECTOR, "Абдулаева З.З.",
                "МКОУ «Сергокалинская СОШ № 1»", List.of(), null, null, "Сергокалинский район")).token(), MessengerAccounts.telegram(9102, 9102, "Зарема"));
        Activity sergokala = activity(SERGOKALA, "1.1.");
        TaskStatus status = confirmations.report(sergokala.getId(), sergokala.getLastDay(), director.getId(), TaskState.DONE);
        Long proof = confirmations.attachProof(status.getId(), "протокол.pdf", "application/pdf",
                "%PDF-1.4 протокол".getBytes(StandardCharsets.UTF_8)).getId();
        Long school = director.getOrganization().getId();

        signOut();
        signIn("gorokhovets", "Гороховец-2022!");
        assertThat(await(By.tagName("h1")).getText()).isEqualTo("Сводка");
        assertThat(browser.findElement(By.id("roadmaps")).getText()).contains("500+ · Гороховецкий р-н · 2022")
                .doesNotContain("Сергокалинский");

        for (String path : List.of("/admin/roadmaps/" + roadmapId(SERGOKALA), "/admin/roadmaps/" + roadmapId(SERGOKALA) + "/matrix",
                "/admin/roadmaps/" + roadmapId(SERGOKALA) + "/matrix.xlsx", "/admin/schools/" + school,
                "/admin/roadmaps/" + roadmapId(SERGOKALA) + "/activities/" + sergokala.getId() + "/schools/" + school,
                "/admin/proofs/" + proof, "/admin/accounts")) {
            browser.get(url(path));
            assertThat(await(By.id("error-title")).getText()).as(path).isEqualTo("Страница не найдена");
        }
        browser.get(url("/admin/roadmaps/" + roadmapId("004_7680f41c24c846e3") + "/matrix"));
        assertThat(await(By.tagName("h1")).getText()).contains("500+ · Гороховецкий р-н · 2022");
        signOut();
    }

    @Test
    @Order(7)
    void quickWrongPasswordsAreThrottledFromTheSixthAndLockedFromTheTwentyFirst() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn("admin", "wrong-" + attempt);
            assertThat(await(By.id("login-error")).getText()).contains("Неверное имя или пароль");
        }
        signIn("admin", "Region-Пароль-2022");
        assertThat(await(By.id("login-wait")).getText()).contains("Подождите");
        for (int attempt = 7; attempt <= 20; attempt++) {
            signIn("admin", "wrong-" + attempt);
            await(By.cssSelector(".error"));
        }
        signIn("admin", "Region-Пароль-2022");
        assertThat(await(By.id("login-locked")).getText()).contains("вход закрыт до");
    }
}
