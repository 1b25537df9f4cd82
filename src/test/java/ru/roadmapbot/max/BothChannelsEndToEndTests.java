package ru.roadmapbot.max;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

import ru.roadmapbot.MovableClock;
import ru.roadmapbot.confirmation.TaskState;
import ru.roadmapbot.confirmation.TaskStatuses;
import ru.roadmapbot.messenger.Channel;
import ru.roadmapbot.people.Contact;
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
import ru.roadmapbot.telegram.TelegramEmulator;

/**
 * One person on both messengers at once, with the Telegram emulator and the fake MAX side by side: invitations carry
 * both bots' links; a director registered in Telegram connects MAX from /settings; reminders go to the preferred
 * messenger only, and move when the person chooses the other; "Выполнено" pressed in both counts once (one status,
 * one notice to the curator); when MAX refuses (the person blocked the bot there) the reminder comes by Telegram.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.datasource.url=jdbc:h2:mem:both-channels;DB_CLOSE_DELAY=-1",
        "roadmapbot.telegram.poll-timeout-seconds=5", "roadmapbot.max.poll-timeout-seconds=2"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BothChannelsEndToEndTests {

    private static final String ROADMAP = String.join("\n",
            "Дорожная карта проекта «500+» в 2022 году",
            "№ п/п\tМероприятие\tСроки\tОтветственные",
            "1.\tПредставить отчёт о самодиагностике\tдо 15.03.2022\tРуководители ОУ",
            "2.\tРазместить программу антирисковых мер на сайте\tдо 25.03.2022\tРуководители ОУ",
            "");
    private static final Pattern MAX_LINK = Pattern.compile("https://max\\.ru/" + MaxEmulator.BOT_NAME + "\\?start=(\\S+)");

    private static final MaxEmulator MAX = startMax();
    private static TelegramEmulator telegram;
    private static final MovableClock CLOCK = new MovableClock(Instant.parse("2022-03-07T00:00:00Z"));

    private static final TelegramEmulator.User DIRECTOR_TG = new TelegramEmulator.User(72001, "Вера");
    private static final MaxEmulator.User DIRECTOR_MAX = new MaxEmulator.User(82001, "Вера");
    private static final TelegramEmulator.User CURATOR = new TelegramEmulator.User(72002, "Кирилл");

    private static MaxEmulator startMax() {
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

    @BeforeAll
    static void startTelegram() throws Exception {
        telegram = TelegramEmulator.start();
    }

    @AfterAll
    static void stop() {
        telegram.close();
        MAX.close();
    }

    @DynamicPropertySource
    static void messengers(DynamicPropertyRegistry registry) {
        registry.add("roadmapbot.telegram.token", () -> TelegramEmulator.TOKEN);
        registry.add("roadmapbot.telegram.base-url", () -> telegram.baseUrl());
        registry.add("roadmapbot.max.token", () -> MaxEmulator.TOKEN);
        registry.add("roadmapbot.max.base-url", MAX::baseUrl);
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

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @Order(1)
    void anInvitationCarriesBothBotsLinksAndTheDirectorConnectsMaxFromSettings() throws Exception {
        importer.importContent("500plus-2022.txt", ROADMAP.getBytes(StandardCharsets.UTF_8), null);
        IssuedInvitation invitation = invitations.invite(new InvitationRequest(Role.DIRECTOR, "Воронова В.В.",
                "МБОУ СОШ № 5 г. Владимира", List.of(), null, null));
        assertThat(invitation.link(Channel.TELEGRAM)).endsWith("?start=" + invitation.token());
        assertThat(invitation.link(Channel.MAX)).isEqualTo("https://max.ru/" + MaxEmulator.BOT_NAME + "?start="
                + invitation.token());
        telegram.command(DIRECTOR_TG, "/start " + invitation.token());
        telegram.awaitText(DIRECTOR_TG, "Здравствуйте");
        telegram.command(CURATOR, "/start " + invitations.invite(new InvitationRequest(Role.CURATOR, "Кузнецов К.К.",
                "МОУ № 1", List.of("МБОУ СОШ № 5 г. Владимира"), null, null)).token());
        telegram.awaitText(CURATOR, "Здравствуйте");

        telegram.command(DIRECTOR_TG, "/settings");
        JsonNode settings = telegram.awaitText(DIRECTOR_TG, "Напоминания приходят в: Telegram");
        telegram.press(DIRECTOR_TG, TelegramEmulator.button(settings, "Подключить MAX"), settings.get("message_id").asLong());
        JsonNode linkMessage = telegram.awaitText(DIRECTOR_TG, "https://max.ru/");
        Matcher link = MAX_LINK.matcher(linkMessage.get("text").asString());
        assertThat(link.find()).as(linkMessage.get("text").asString()).isTrue();

        MAX.userStarts(DIRECTOR_MAX, link.group(1));

        JsonNode connected = MAX.awaitText(DIRECTOR_MAX, "MAX подключён");
        assertThat(MaxEmulator.text(connected)).contains("Воронова В.В.", "Напоминания приходят в Telegram");
        Participant director = director();
        assertThat(participants.byContact(Channel.TELEGRAM, String.valueOf(DIRECTOR_TG.id())).orElseThrow().getId())
                .isEqualTo(director.getId());
        assertThat(participants.contactsOf(director.getId())).extracting(Contact::channel)
                .containsExactly(Channel.TELEGRAM, Channel.MAX);
        // the connecting link is not an invitation the console lists, and it works once
        MAX.userStarts(new MaxEmulator.User(82999, "Чужой"), link.group(1));
        MAX.awaitText(new MaxEmulator.User(82999, "Чужой"), "уже воспользовались");
    }

    @Test
    @Order(2)
    void reminderGoesOnceToThePreferredMessenger() throws Exception {
        planner.plan();
        CLOCK.setTo(Instant.parse("2022-03-08T06:00:00Z"));
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);

        telegram.awaitText(DIRECTOR_TG, "Срок через 7 дн.");
        assertThat(outboxChannels("Срок через 7 дн.")).containsExactly("telegram");
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3))
                .until(() -> MAX.count(DIRECTOR_MAX, "Срок через") == 0);
    }

    @Test
    @Order(3)
    void choosingMaxInSettingsMovesTheNextReminderThere() throws Exception {
        MAX.userWrites(DIRECTOR_MAX, "/settings");
        JsonNode settings = MAX.awaitText(DIRECTOR_MAX, "Напоминания приходят в: Telegram");
        assertThat(MaxEmulator.text(settings)).contains("Подключены мессенджеры: Telegram, MAX");

        MAX.userPresses(DIRECTOR_MAX, settings, "Напоминания в MAX");

        MAX.awaitText(DIRECTOR_MAX, "Напоминания приходят в: MAX");
        assertThat(director().preferredChannel()).isEqualTo(Channel.MAX);

        CLOCK.setTo(Instant.parse("2022-03-14T06:00:00Z"));
        assertThat(dispatcher.dispatchDue()).isGreaterThanOrEqualTo(1);
        MAX.awaitText(DIRECTOR_MAX, "Завтра срок");
        assertThat(outboxChannels("Завтра срок")).containsExactly("max");
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3))
                .until(() -> telegramCount(DIRECTOR_TG, "Завтра срок") == 0);
    }

    @Test
    @Order(4)
    void doneInBothMessengersCountsOnce() throws Exception {
        JsonNode inMax = MAX.awaitText(DIRECTOR_MAX, "Завтра срок");
        JsonNode inTelegram = telegram.awaitText(DIRECTOR_TG, "Срок через 7 дн.");

        MAX.userPresses(DIRECTOR_MAX, inMax, "Выполнено");
        telegram.press(DIRECTOR_TG, TelegramEmulator.button(inTelegram, "Выполнено"),
                inTelegram.get("message_id").asLong());

        String mid = inMax.path("body").path("mid").asString();
        MAX.awaitMessage(DIRECTOR_MAX, m -> m.path("body").path("mid").asString().equals(mid)
                && MaxEmulator.text(m).contains("Статус: ✅"), Duration.ofSeconds(15));
        long telegramId = inTelegram.get("message_id").asLong();
        telegram.awaitMessage(DIRECTOR_TG, m -> m.get("message_id").asLong() == telegramId
                && m.get("text").asString().contains("Статус: ✅"), Duration.ofSeconds(15));
        telegram.awaitText(CURATOR, "отметил(а) выполненным");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> telegramCount(CURATOR, "отметил(а) выполненным") == 1);
        Long activityId = activity("1.");
        assertThat(statuses.of(activityId, LocalDate.parse("2022-03-15"), director().getId()))
                .get().extracting(s -> s.getState()).isEqualTo(TaskState.DONE);
        assertThat(jdbc.queryForObject("select count(*) from status_history h join task_status s on s.id = h.status_id"
                + " where s.activity_id = ? and h.state = 'DONE' and h.comment_text is null", Integer.class, activityId))
                .isEqualTo(1);
    }

    @Test
    @Order(5)
    void whenMaxRefusesTheReminderComesByTelegram() throws Exception {
        MAX.userBlocksTheBot(DIRECTOR_MAX);

        CLOCK.setTo(Instant.parse("2022-03-18T06:00:00Z"));
        assertThat(dispatcher.dispatchDue()).isGreaterThanOrEqualTo(1);

        JsonNode reminder = telegram.awaitText(DIRECTOR_TG, "Разместить программу антирисковых мер");
        assertThat(reminder.get("text").asString()).contains("Срок через 7 дн.");
        assertThat(MAX.count(DIRECTOR_MAX, "Разместить программу")).isZero();
        Contact max = participants.contactsOf(director().getId()).stream().filter(c -> c.channel() == Channel.MAX)
                .findFirst().orElseThrow();
        assertThat(max.blocked()).isTrue();
        assertThat(participants.addressOf(director()).orElseThrow().channel()).isEqualTo(Channel.TELEGRAM);
    }

    /** The messengers the director's queued messages with this text went to (the outbox is the only way out). */
    private List<String> outboxChannels(String fragment) {
        return jdbc.queryForList("select channel from outbox where participant_id = ? and html like ?", String.class,
                director().getId(), "%" + fragment + "%");
    }

    private Participant director() {
        return participants.byContact(Channel.MAX, String.valueOf(DIRECTOR_MAX.id())).orElseThrow();
    }

    private Long activity(String number) {
        return roadmaps.currentActivities().stream().filter(a -> number.equals(a.getNumber())).findFirst().orElseThrow()
                .getId();
    }

    private static long telegramCount(TelegramEmulator.User user, String fragment) {
        return telegram.messagesTo(user).stream().filter(m -> m.get("text").asString().contains(fragment)).count();
    }
}
