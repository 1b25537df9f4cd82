package ru.roadmapbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ru.roadmapbot.people.InvitationRequest;
import ru.roadmapbot.people.Invitations;
import ru.roadmapbot.people.Participants;
import ru.roadmapbot.people.Role;
import ru.roadmapbot.roadmap.RoadmapImporter;
import tools.jackson.databind.JsonNode;
import ru.roadmapbot.roadmap.Roadmaps;
import ru.roadmapbot.messenger.Channel;

/**
 * The real bot against the Bot API emulator (telegram-test-api on 127.0.0.1): invitation, /start, greeting,
 * /tasks for the director's school on a pinned clock, strangers, forged buttons, and an import through the bot.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.datasource.url=jdbc:h2:mem:telegram-e2e;DB_CLOSE_DELAY=-1",
        "roadmapbot.clock.fixed=2022-02-10T09:00:00+03:00",
        "roadmapbot.telegram.poll-timeout-seconds=5"})
class TelegramBotEndToEndTests {

    private static TelegramEmulator emulator;

    private static final TelegramEmulator.User ANNA = new TelegramEmulator.User(1001, "Анна");
    private static final TelegramEmulator.User STRANGER = new TelegramEmulator.User(2002, "Некто");
    private static final TelegramEmulator.User OLGA = new TelegramEmulator.User(3003, "Ольга");

    @Autowired
    Invitations invitations;

    @Autowired
    Participants participants;

    @Autowired
    RoadmapImporter importer;

    @Autowired
    Roadmaps roadmaps;

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

    private static byte[] seed(String name) throws IOException {
        try (InputStream in = new ClassPathResource("demo/" + name).getInputStream()) {
            return in.readAllBytes();
        }
    }

    private synchronized void registerAnna() throws Exception {
        if (participants.byContact(Channel.TELEGRAM, String.valueOf(ANNA.id())).isPresent()) {
            return;
        }
        if (roadmaps.byCode("004_7680f41c24c846e3").isEmpty()) {
            importer.importContent("004_7680f41c24c846e3.txt", seed("004_7680f41c24c846e3.txt"), null);
        }
        String token = invitations.invite(new InvitationRequest(Role.DIRECTOR, "Иванова А.А.", "МБОУ Галицкая СОШ",
                List.of(), null, null)).token();
        emulator.command(ANNA, "/start " + token);
        emulator.awaitText(ANNA, "Здравствуйте");
    }

    @Test
    void invitedDirectorIsGreetedByNameRoleAndSchool() throws Exception {
        registerAnna();

        JsonNode greeting = emulator.awaitText(ANNA, "Здравствуйте");

        assertThat(greeting.get("text").asString()).contains("Иванова А.А.", "руководитель школы", "МБОУ Галицкая СОШ");
        assertThat(greeting.get("parse_mode").asString()).isEqualToIgnoringCase("HTML");
    }

    @Test
    void tasksShowTheActivitiesOfTheDirectorsSchoolOnThePinnedClock() throws Exception {
        registerAnna();

        emulator.command(ANNA, "/tasks");
        JsonNode tasks = emulator.awaitText(ANNA, "Мои задачи");

        String text = tasks.get("text").asString();
        assertThat(text).contains("Просрочено", "Участие МБОУ Галицкая СОШ в анкетировании", "17.01.2022 — 04.02.2022");
        assertThat(text).doesNotContain("Участие МБОУ Денисовская СОШ в анкетировании");
        // the weekly webinars of row 19 (Wednesdays from 14.02.2022) fall on 16.02 within the two weeks
        assertThat(text).contains("19. Участие в проводимых региональным координатором еженедельных вебинарах", "16 февраля 2022");
    }

    @Test
    void strangerGetsNothingAndNothingIsStoredAboutThem() throws Exception {
        emulator.command(STRANGER, "/tasks");
        emulator.awaitText(STRANGER, "Вы ещё не зарегистрированы");
        emulator.command(STRANGER, "/start " + "A".repeat(32));
        emulator.awaitText(STRANGER, "не найдена");

        assertThat(participants.byContact(Channel.TELEGRAM, String.valueOf(STRANGER.id()))).isEmpty();
        assertThat(emulator.messagesTo(STRANGER)).noneMatch(m -> m.get("text").asString().contains("Галицкая"));
    }

    @Test
    void reusedInvitationIsRefused() throws Exception {
        String token = invitations.invite(new InvitationRequest(Role.CURATOR, "Петрова О.О.", "МОУ № 1",
                List.of("МБОУ Галицкая СОШ"), null, null)).token();
        emulator.command(OLGA, "/start " + token);
        emulator.awaitText(OLGA, "Здравствуйте");

        emulator.command(STRANGER, "/start " + token);

        emulator.awaitText(STRANGER, "уже воспользовались");
        assertThat(participants.byContact(Channel.TELEGRAM, String.valueOf(STRANGER.id()))).isEmpty();
    }

    @Test
    void forgedButtonPressChangesNothing() throws Exception {
        registerAnna();
        emulator.command(ANNA, "/settings");
        JsonNode settings = emulator.awaitText(ANNA, "Настройки");
        String languageButton = buttonData(settings, "English");

        // the stranger replays Anna's button; Anna tampers with the payload of her own button
        emulator.press(STRANGER, languageButton, settings.get("message_id").asLong());
        emulator.press(ANNA, languageButton.replace("lang=en", "digest=on"), settings.get("message_id").asLong());

        awaitAnswers(2);
        assertThat(refusals()).hasSizeGreaterThanOrEqualTo(2);
        var anna = participants.byContact(Channel.TELEGRAM, String.valueOf(ANNA.id())).orElseThrow();
        assertThat(anna.getLanguage()).isEqualTo("ru");
        assertThat(anna.isWeeklyDigest()).isFalse();
    }

    @Test
    void genuineButtonPressEditsTheMessageInPlace() throws Exception {
        registerAnna();
        emulator.command(ANNA, "/settings");
        JsonNode settings = emulator.awaitText(ANNA, "Настройки");

        emulator.press(ANNA, buttonData(settings, "Часовой пояс"), settings.get("message_id").asLong());

        long messageId = settings.get("message_id").asLong();
        emulator.awaitMessage(ANNA, m -> m.get("message_id").asLong() == messageId
                && m.get("text").asString().contains("Выберите часовой пояс"), Duration.ofSeconds(15));
    }

    @Test
    void unknownCommandsFreeTextAndStickersGetAShortHelpfulAnswer() throws Exception {
        registerAnna();
        emulator.command(ANNA, "/dance");
        emulator.awaitText(ANNA, "Такой команды нет");
        emulator.text(ANNA, "Добрый день! " + "Очень длинное сообщение. ".repeat(300));
        emulator.awaitText(ANNA, "Я не отвечаю на свободный текст");
        emulator.sticker(ANNA);
        emulator.awaitMessage(ANNA, m -> m.get("text").asString().contains("Я не отвечаю")
                && emulator.messagesTo(ANNA).stream().filter(x -> x.get("text").asString().contains("Я не отвечаю")).count() >= 2,
                Duration.ofSeconds(15));
    }

    @Test
    void directorCannotUseCoordinatorCommands() throws Exception {
        registerAnna();
        emulator.command(ANNA, "/invite директор Кто-то; МОУ № 5");
        emulator.awaitText(ANNA, "только координаторам");
    }

    @Test
    void coordinatorImportsARoadmapThroughTheBotAfterAPreview() throws Exception {
        TelegramEmulator.User coordinator = new TelegramEmulator.User(4004, "Мария");
        // the coordinator of the district whose roadmap it is: a coordinator imports within their own territory
        String token = invitations.invite(new InvitationRequest(Role.MUNICIPAL_COORDINATOR, "Зыкова М.В.", "МКУ «УО»",
                List.of(), null, null, "Сергокалинский район")).token();
        emulator.command(coordinator, "/start " + token);
        emulator.awaitText(coordinator, "Здравствуйте");

        emulator.upload(coordinator, "Сергокалинский район 2022.txt", seed("000_8947be193d347cd7.txt"));
        JsonNode preview = emulator.awaitText(coordinator, "Предпросмотр");

        assertThat(preview.get("text").asString()).contains("Мероприятий: 66", "разделов: 8");
        assertThat(roadmaps.byCode("сергокалинский-район-2022")).isEmpty();

        // a double tap: the import runs once, the second press is told the file is gone
        emulator.press(coordinator, buttonData(preview, "Импортировать"), preview.get("message_id").asLong());
        emulator.press(coordinator, buttonData(preview, "Импортировать"), preview.get("message_id").asLong());
        JsonNode done = emulator.awaitText(coordinator, "сохранена");
        assertThat(done.get("text").asString()).contains("мероприятий 66; новых 66");
        emulator.awaitText(coordinator, "уже обработан");
        assertThat(roadmaps.byCode("сергокалинский-район-2022")).isPresent();
        assertThat(emulator.messagesTo(coordinator).stream().filter(m -> m.get("text").asString().contains("сохранена")))
                .hasSize(1);
    }

    @Test
    void coordinatorSeesEachSchoolWithItsPeopleAndProgress() throws Exception {
        registerAnna();
        TelegramEmulator.User coordinator = new TelegramEmulator.User(4005, "Нина");
        String token = invitations.invite(new InvitationRequest(Role.MUNICIPAL_COORDINATOR, "Носова Н.Н.", "МКУ «УО»",
                List.of(), null, null, "Гороховецкий район")).token();
        emulator.command(coordinator, "/start " + token);
        emulator.awaitText(coordinator, "Здравствуйте");

        emulator.command(coordinator, "/schools");

        JsonNode schools = emulator.awaitText(coordinator, "МБОУ Галицкая СОШ");
        assertThat(schools.get("text").asString()).contains("Иванова А.А.", "⚠️");
    }

    @Test
    void coordinatorGetsAOneTimeSignInLinkToTheConsoleAndADirectorDoesNot() throws Exception {
        registerAnna();
        TelegramEmulator.User coordinator = new TelegramEmulator.User(4006, "Ольга");
        String token = invitations.invite(new InvitationRequest(Role.MUNICIPAL_COORDINATOR, "Орлова О.О.", "МКУ «УО»",
                List.of(), null, null, "Гороховецкий район")).token();
        emulator.command(coordinator, "/start " + token);
        emulator.awaitText(coordinator, "Здравствуйте");

        emulator.command(coordinator, "/console");
        String link = emulator.awaitText(coordinator, "Ссылка для входа в консоль").get("text").asString();
        assertThat(link).containsPattern("http://localhost:8080/admin/sign-in/[A-Za-z0-9_-]{32}").contains("10 мин");
        emulator.command(ANNA, "/console");
        emulator.awaitText(ANNA, "только координаторам");
    }

    @Test
    void coordinatorIsToldWhatIsWrongWithAFileThatIsNotARoadmap() throws Exception {
        TelegramEmulator.User coordinator = new TelegramEmulator.User(5005, "Пётр");
        String token = invitations.invite(new InvitationRequest(Role.MUNICIPAL_COORDINATOR, "Петров П.П.", "МКУ «УО»",
                List.of(), null, null, "Гороховецкий район")).token();
        emulator.command(coordinator, "/start " + token);
        emulator.awaitText(coordinator, "Здравствуйте");
        long before = roadmaps.all().size();

        emulator.upload(coordinator, "photo.docx", new byte[]{(byte) 0x89, 'P', 'N', 'G', 1, 2, 3, 4, 5, 6, 7, 8});

        emulator.awaitText(coordinator, "photo.docx");
        assertThat(emulator.messagesTo(coordinator)).noneMatch(m -> m.get("text").asString().contains("Предпросмотр"));
        assertThat(roadmaps.all().size()).isEqualTo(before);
    }

    @Test
    void theTokenNeverAppearsInTheLogs(CapturedOutput output) throws Exception {
        registerAnna();
        emulator.command(ANNA, "/tasks");
        emulator.awaitText(ANNA, "Мои задачи");
        emulator.press(STRANGER, "tasks:1:forged", 1);
        emulator.command(STRANGER, "/start " + "B".repeat(32));
        emulator.awaitText(STRANGER, "не найдена");

        assertThat(output.getAll()).doesNotContain(TelegramEmulator.TOKEN).doesNotContain("TEST-token");
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

    private static List<JsonNode> refusals() {
        return emulator.botOutput().stream().filter(m -> m.has("method") && "answerCallbackQuery".equalsIgnoreCase(m.get("method").asString())
                && m.has("text") && m.get("text").asString().contains("недействительна")).toList();
    }

    private static void awaitAnswers(int refusals) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (refusals().size() < refusals && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
    }
}
