package ru.roadmapbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import ru.roadmapbot.MovableClock;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ru.roadmapbot.confirmation.Escalations;
import ru.roadmapbot.confirmation.TaskState;
import ru.roadmapbot.confirmation.TaskStatuses;
import ru.roadmapbot.people.InvitationRequest;
import ru.roadmapbot.people.Invitations;
import ru.roadmapbot.people.Participant;
import ru.roadmapbot.people.Participants;
import ru.roadmapbot.people.Role;
import ru.roadmapbot.reminder.ReminderDispatcher;
import ru.roadmapbot.reminder.ReminderPlanner;
import ru.roadmapbot.roadmap.RoadmapImporter;
import tools.jackson.databind.JsonNode;
import ru.roadmapbot.roadmap.Roadmaps;
import ru.roadmapbot.messenger.Channel;

/**
 * Reminders and confirmations through the Bot API emulator, fast-forwarding a movable clock: a deadline reminder
 * at 09:00 local in Yekaterinburg (UTC+5) and in Vladimir (UTC+3), a button press that records the status and
 * edits the reminder, the curator's approval reaching the director, and an escalation that fires once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.datasource.url=jdbc:h2:mem:reminders-e2e;DB_CLOSE_DELAY=-1",
        "roadmapbot.telegram.poll-timeout-seconds=5"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RemindersEndToEndTests {

    private static final String ROADMAP = String.join("\n",
            "Дорожная карта проекта «500+» в 2022 году",
            "№ п/п\tМероприятие\tСроки\tОтветственные",
            "1.\tПредставить отчёт о самодиагностике\tдо 15.03.2022\tРуководители ОУ",
            "2.\tВебинар «Итоги первого этапа»\t16.03.2022 в 10.00\tРуководители ОУ",
            "");

    private static TelegramEmulator emulator;
    private static final MovableClock CLOCK = new MovableClock(Instant.parse("2022-03-07T00:00:00Z"));

    private static final TelegramEmulator.User VLADIMIR = new TelegramEmulator.User(6001, "Вера");
    private static final TelegramEmulator.User YEKATERINBURG = new TelegramEmulator.User(6002, "Евгения");
    private static final TelegramEmulator.User CURATOR = new TelegramEmulator.User(6003, "Кирилл");
    private static final TelegramEmulator.User COORDINATOR = new TelegramEmulator.User(6004, "Мария");

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MovableClock movableClock() {
            return CLOCK;
        }
    }

    @Autowired
    RoadmapImporter importer;

    @Autowired
    Invitations invitations;

    @Autowired
    Participants participants;

    @Autowired
    ReminderPlanner planner;

    @Autowired
    ReminderDispatcher dispatcher;

    @Autowired
    Escalations escalations;

    @Autowired
    TaskStatuses statuses;

    @Autowired
    Roadmaps activities;

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

    private void register(TelegramEmulator.User user, Role role, String name, String organization, List<String> schools,
                          ZoneId zone) throws InterruptedException {
        String token = invitations.invite(new InvitationRequest(role, name, organization, schools, zone, null)).token();
        emulator.command(user, "/start " + token);
        emulator.awaitText(user, "Здравствуйте");
    }

    private static long count(TelegramEmulator.User user, String fragment) {
        return emulator.messagesTo(user).stream().filter(m -> m.get("text").asString().contains(fragment)).count();
    }

    @Test
    @Order(1)
    void deadlineReminderArrivesAtNineLocalInEachZone() throws Exception {
        importer.importContent("500plus-2022.txt", ROADMAP.getBytes(StandardCharsets.UTF_8), null);
        register(VLADIMIR, Role.DIRECTOR, "Воронова В.В.", "МБОУ СОШ № 5 г. Владимира", List.of(), null);
        register(YEKATERINBURG, Role.DIRECTOR, "Елисеева Е.Е.", "МАОУ СОШ № 7 г. Екатеринбурга", List.of(),
                ZoneId.of("Asia/Yekaterinburg"));
        register(CURATOR, Role.CURATOR, "Кузнецов К.К.", "МОУ № 1",
                List.of("МБОУ СОШ № 5 г. Владимира", "МАОУ СОШ № 7 г. Екатеринбурга"), null);
        register(COORDINATOR, Role.MUNICIPAL_COORDINATOR, "Морозова М.М.", "МКУ «УО»", List.of(), null);

        // each registration planned its person already (PlanningTriggers, after commit); the periodic run finds
        // them planned, and plans whatever is left
        planner.plan();

        CLOCK.setTo(Instant.parse("2022-03-08T03:59:00Z"));
        assertThat(dispatcher.dispatchDue()).isZero();

        CLOCK.setTo(Instant.parse("2022-03-08T04:00:00Z"));
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        JsonNode yekaterinburg = emulator.awaitText(YEKATERINBURG, "Срок через 7 дн.");
        assertThat(yekaterinburg.get("text").asString()).contains("Представить отчёт о самодиагностике", "15.03.2022");
        assertThat(count(VLADIMIR, "Срок через 7 дн.")).isZero();

        CLOCK.setTo(Instant.parse("2022-03-08T06:00:00Z"));
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        emulator.awaitText(VLADIMIR, "Срок через 7 дн.");
        assertThat(dispatcher.dispatchDue()).isZero();
    }

    @Test
    @Order(2)
    void donePressRecordsTheStatusAndEditsTheReminderInPlace() throws Exception {
        JsonNode reminder = emulator.awaitText(YEKATERINBURG, "Срок через 7 дн.");
        long messageId = reminder.get("message_id").asLong();

        emulator.press(YEKATERINBURG, button(reminder, "Выполнено"), messageId);

        emulator.awaitMessage(YEKATERINBURG, m -> m.get("message_id").asLong() == messageId
                && m.get("text").asString().contains("Статус: ✅"), Duration.ofSeconds(15));
        emulator.awaitText(YEKATERINBURG, "комментарий или файл");
        Participant director = participants.byContact(Channel.TELEGRAM, String.valueOf(YEKATERINBURG.id())).orElseThrow();
        Long reportId = activities.currentActivities().stream().filter(a -> "1.".equals(a.getNumber())).findFirst().orElseThrow().getId();
        assertThat(statuses.of(reportId, LocalDate.parse("2022-03-15"), director.getId()))
                .get().extracting(s -> s.getState()).isEqualTo(TaskState.DONE);
    }

    @Test
    @Order(3)
    void proofFileAfterDoneIsKeptAndTheCuratorHearsOfIt() throws Exception {
        emulator.upload(YEKATERINBURG, "протокол.pdf", "%PDF-1.4 протокол заседания".getBytes(StandardCharsets.UTF_8));

        emulator.awaitText(YEKATERINBURG, "сохранён как подтверждение");
        JsonNode notice = emulator.awaitText(CURATOR, "приложил(а) файл «протокол.pdf»");

        // the curator opens it: the bot sends the very file back
        emulator.press(CURATOR, button(notice, "Открыть файл"), notice.get("message_id").asLong());
        JsonNode document = emulator.awaitDocument(CURATOR, "протокол.pdf");
        assertThat(Base64.getDecoder().decode(document.get("document").get("base64").asString()))
                .isEqualTo("%PDF-1.4 протокол заседания".getBytes(StandardCharsets.UTF_8));
        assertThat(document.get("caption").asString()).contains("протокол.pdf");
    }

    @Test
    @Order(4)
    void helpRequestAsksWhatIsNeededAndPassesItToTheCurator() throws Exception {
        JsonNode reminder = emulator.awaitText(VLADIMIR, "Срок через 7 дн.");

        emulator.press(VLADIMIR, button(reminder, "Нужна помощь"), reminder.get("message_id").asLong());
        emulator.awaitText(VLADIMIR, "какая помощь нужна");
        emulator.text(VLADIMIR, "Не хватает методических материалов по самодиагностике");

        emulator.awaitText(VLADIMIR, "Передал куратору");
        emulator.awaitMessage(CURATOR, m -> m.get("text").asString().contains("просит помощи")
                && m.get("text").asString().contains("Не хватает методических материалов"), Duration.ofSeconds(15));
    }

    @Test
    @Order(5)
    void curatorApprovalReachesTheDirector() throws Exception {
        JsonNode notice = emulator.awaitText(CURATOR, "отметил(а) выполненным");
        assertThat(notice.get("text").asString()).contains("МАОУ СОШ № 7 г. Екатеринбурга", "Елисеева Е.Е.");

        emulator.press(CURATOR, button(notice, "Одобрить"), notice.get("message_id").asLong());

        emulator.awaitText(YEKATERINBURG, "одобрил(а) выполнение");
    }

    @Test
    @Order(6)
    void overdueUnconfirmedTaskEscalatesOnceToTheCuratorThenToTheCoordinator() throws Exception {
        CLOCK.setTo(Instant.parse("2022-03-17T06:00:00Z"));

        assertThat(escalations.escalate()).isEqualTo(1);
        assertThat(escalations.escalate()).isZero();
        JsonNode escalation = emulator.awaitText(CURATOR, "Просрочено и не подтверждено");
        assertThat(escalation.get("text").asString()).contains("Воронова В.В.", "Представить отчёт");
        assertThat(escalation.get("text").asString()).doesNotContain("Вебинар");
        assertThat(count(COORDINATOR, "Просрочено")).isZero();

        CLOCK.setTo(Instant.parse("2022-03-19T06:00:00Z"));
        assertThat(escalations.escalate()).isEqualTo(1);
        emulator.awaitText(COORDINATOR, "Просрочено и не подтверждено");
        assertThat(escalations.escalate()).isZero();
        Thread.sleep(1500);
        assertThat(count(CURATOR, "Просрочено и не подтверждено")).isEqualTo(1);
        assertThat(count(COORDINATOR, "Просрочено и не подтверждено")).isEqualTo(1);
    }

    private static String button(JsonNode message, String label) {
        for (JsonNode row : message.get("reply_markup").get("inline_keyboard")) {
            for (JsonNode button : row) {
                if (button.get("text").asString().contains(label)) {
                    return button.get("callback_data").asString();
                }
            }
        }
        throw new AssertionError("no button " + label + " in " + message);
    }
}
