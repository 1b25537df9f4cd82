package ru.roadmapbot.max;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

import ru.roadmapbot.MovableClock;
import ru.roadmapbot.confirmation.TaskState;
import ru.roadmapbot.confirmation.TaskStatuses;
import ru.roadmapbot.messenger.Channel;
import ru.roadmapbot.people.InvitationRequest;
import ru.roadmapbot.people.Invitations;
import ru.roadmapbot.people.IssuedInvitation;
import ru.roadmapbot.people.Participant;
import ru.roadmapbot.people.Participants;
import ru.roadmapbot.people.Role;
import ru.roadmapbot.reminder.ReminderDispatcher;
import ru.roadmapbot.reminder.ReminderPlanner;
import ru.roadmapbot.roadmap.RoadmapImporter;
import ru.roadmapbot.roadmap.Roadmaps;

/**
 * The Telegram reminder scenario, on MAX alone (no Telegram token): the bot learns its name from {@code GET /me},
 * invitations carry its {@code https://max.ru/<bot>?start=} link, the person opens it (bot_started with the payload)
 * and is greeted, gets the deadline reminder at 09:00 local with buttons, presses "Выполнено" (the reminder is
 * edited in place, the press answered), sends a proof file the curator opens, and the curator's approval reaches them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.datasource.url=jdbc:h2:mem:max-e2e;DB_CLOSE_DELAY=-1", "roadmapbot.max.poll-timeout-seconds=2"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MaxEndToEndTests {

    private static final String ROADMAP = String.join("\n",
            "Дорожная карта проекта «500+» в 2022 году",
            "№ п/п\tМероприятие\tСроки\tОтветственные",
            "1.\tПредставить отчёт о самодиагностике\tдо 15.03.2022\tРуководители ОУ",
            "");

    private static final MaxEmulator MAX = start();
    private static final MovableClock CLOCK = new MovableClock(Instant.parse("2022-03-07T00:00:00Z"));
    private static final MaxEmulator.User DIRECTOR = new MaxEmulator.User(71001, "Вера");
    private static final MaxEmulator.User CURATOR = new MaxEmulator.User(71002, "Кирилл");

    private static MaxEmulator start() {
        try {
            return MaxEmulator.start();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MovableClock movableClock() {
            return CLOCK;
        }
    }

    @DynamicPropertySource
    static void max(DynamicPropertyRegistry registry) {
        registry.add("roadmapbot.max.token", () -> MaxEmulator.TOKEN);
        registry.add("roadmapbot.max.base-url", MAX::baseUrl);
    }

    @AfterAll
    static void stop() {
        MAX.close();
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
    TaskStatuses statuses;

    @Autowired
    Roadmaps roadmaps;

    @Test
    @Order(1)
    void invitationLinkOpensTheMaxBotAndThePersonIsGreeted() throws Exception {
        importer.importContent("500plus-2022.txt", ROADMAP.getBytes(StandardCharsets.UTF_8), null);
        IssuedInvitation invitation = invitations.invite(new InvitationRequest(Role.DIRECTOR, "Воронова В.В.",
                "МБОУ СОШ № 5 г. Владимира", List.of(), null, null));
        assertThat(invitation.link(Channel.MAX)).isEqualTo("https://max.ru/" + MaxEmulator.BOT_NAME + "?start="
                + invitation.token());
        assertThat(invitation.link(Channel.TELEGRAM)).isNull(); // no Telegram bot runs here

        MAX.userStarts(DIRECTOR, invitation.token());

        JsonNode greeting = MAX.awaitText(DIRECTOR, "Здравствуйте");
        assertThat(MaxEmulator.text(greeting)).contains("Воронова В.В.", "МБОУ СОШ № 5 г. Владимира")
                .doesNotContain("<b>");
        Participant director = participants.byContact(Channel.MAX, String.valueOf(DIRECTOR.id())).orElseThrow();
        assertThat(director.getDisplayName()).isEqualTo("Воронова В.В.");
        assertThat(MAX.requests("POST", "/messages")).allSatisfy(r -> assertThat(r.body().path("format").asString())
                .isEqualTo("html"));

        String curatorToken = invitations.invite(new InvitationRequest(Role.CURATOR, "Кузнецов К.К.", "МОУ № 1",
                List.of("МБОУ СОШ № 5 г. Владимира"), null, null)).token();
        MAX.userStarts(CURATOR, curatorToken);
        MAX.awaitText(CURATOR, "Здравствуйте");
    }

    @Test
    @Order(2)
    void theCommandMenuIsPublishedAndAStrangerIsToldHowToJoin() throws Exception {
        JsonNode menu = MAX.requests("PATCH", "/me/commands").get(0).body();
        assertThat(menu.path("commands").findValuesAsString("name")).contains("tasks", "settings", "help");

        MaxEmulator.User stranger = new MaxEmulator.User(71999, "Незнакомец");
        MAX.userStarts(stranger, null);
        MAX.awaitText(stranger, "нужна личная ссылка-приглашение");
        assertThat(participants.byContact(Channel.MAX, "71999")).isEmpty();
    }

    @Test
    @Order(3)
    void deadlineReminderArrivesAtNineLocalWithStatusButtons() throws Exception {
        planner.plan();
        CLOCK.setTo(Instant.parse("2022-03-08T05:59:00Z"));
        assertThat(dispatcher.dispatchDue()).isZero();

        CLOCK.setTo(Instant.parse("2022-03-08T06:00:00Z"));
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);

        JsonNode reminder = MAX.awaitText(DIRECTOR, "Срок через 7 дн.");
        assertThat(MaxEmulator.text(reminder)).contains("Представить отчёт о самодиагностике", "15.03.2022");
        assertThat(MaxEmulator.buttonLabels(reminder)).anyMatch(l -> l.contains("Выполнено"))
                .anyMatch(l -> l.contains("Нужна помощь"));
    }

    @Test
    @Order(4)
    void donePressRecordsTheStatusEditsTheReminderAndIsAnswered() throws Exception {
        JsonNode reminder = MAX.awaitText(DIRECTOR, "Срок через 7 дн.");
        String mid = reminder.path("body").path("mid").asString();
        int answersBefore = MAX.requests("POST", "/answers").size();

        MAX.userPresses(DIRECTOR, reminder, "Выполнено");

        MAX.awaitMessage(DIRECTOR, m -> m.path("body").path("mid").asString().equals(mid)
                && MaxEmulator.text(m).contains("Статус: ✅"), Duration.ofSeconds(15));
        MAX.awaitText(DIRECTOR, "комментарий или файл");
        assertThat(MAX.requests("POST", "/answers")).hasSizeGreaterThan(answersBefore);
        Participant director = participants.byContact(Channel.MAX, String.valueOf(DIRECTOR.id())).orElseThrow();
        Long activityId = roadmaps.currentActivities().get(0).getId();
        assertThat(statuses.of(activityId, LocalDate.parse("2022-03-15"), director.getId()))
                .get().extracting(s -> s.getState()).isEqualTo(TaskState.DONE);
    }

    @Test
    @Order(5)
    void proofFileIsKeptAndTheCuratorOpensTheVeryFile() throws Exception {
        byte[] proof = "%PDF-1.4 протокол заседания".getBytes(StandardCharsets.UTF_8);
        MAX.userSendsFile(DIRECTOR, "протокол.pdf", proof);

        MAX.awaitText(DIRECTOR, "сохранён как подтверждение");
        JsonNode notice = MAX.awaitText(CURATOR, "приложил(а) файл «протокол.pdf»");

        MAX.userPresses(CURATOR, notice, "Открыть файл");
        // the upload's token is "not ready" on first use, as on MAX: the bot sends the message again
        JsonNode file = MAX.awaitMessage(CURATOR, m -> m.path("body").path("attachments").toString().contains("\"file\""),
                Duration.ofSeconds(20));
        assertThat(MAX.fileOf(file)).isEqualTo(proof);
        assertThat(MaxEmulator.text(file)).contains("протокол.pdf");
    }

    @Test
    @Order(6)
    void curatorApprovalReachesTheDirector() throws Exception {
        JsonNode notice = MAX.awaitText(CURATOR, "отметил(а) выполненным");
        assertThat(MaxEmulator.text(notice)).contains("МБОУ СОШ № 5 г. Владимира", "Воронова В.В.");

        MAX.userPresses(CURATOR, notice, "Одобрить");

        MAX.awaitText(DIRECTOR, "одобрил(а) выполнение");
        assertThat(MAX.rateLimitedAnswers()).isZero();
    }
}
