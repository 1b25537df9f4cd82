package ru.roadmapbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ru.roadmapbot.MovableClock;
import ru.roadmapbot.calendar.FeedOwner;
import ru.roadmapbot.calendar.FeedTokens;
import ru.roadmapbot.calendar.IcalJs;
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
import ru.roadmapbot.roadmap.Activity;
import ru.roadmapbot.roadmap.ImportOptions;
import ru.roadmapbot.roadmap.Roadmap;
import ru.roadmapbot.roadmap.RoadmapImporter;
import ru.roadmapbot.roadmap.Roadmaps;
import ru.roadmapbot.territory.Territories;
import tools.jackson.databind.JsonNode;
import ru.roadmapbot.messenger.Channel;

/**
 * Two districts' roadmaps in one database (seed 002, Харовский муниципальный район, Вологодская область; seed 004,
 * Гороховецкий район, Владимирская область), through the Bot API emulator on a movable clock: each person gets
 * the work of their own district and nothing else, in the bot, in reminders and in the calendar; a "done" at a
 * school without a curator reaches the coordinator; someone who joins when work is already overdue is told once
 * and nobody gets an escalation storm.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:territories-e2e;DB_CLOSE_DELAY=-1",
        "server.address=127.0.0.1",
        "roadmapbot.telegram.poll-timeout-seconds=5"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TerritoriesEndToEndTests {

    private static final String HAROVSKY = "002_0994dfd4ec89aa3d";
    private static final String GOROKHOVETS = "004_7680f41c24c846e3";
    /** Tuesday 10 May 2022, 09:00 in Vladimir and in Vologda (both UTC+3). */
    private static final MovableClock CLOCK = new MovableClock(Instant.parse("2022-05-10T06:00:00Z"));

    private static final TelegramEmulator.User GALITSKAYA = new TelegramEmulator.User(8001, "Анна");
    private static final TelegramEmulator.User SEMIGORODNYAYA = new TelegramEmulator.User(8002, "Софья");
    private static final TelegramEmulator.User HAROVSKY_COORDINATOR = new TelegramEmulator.User(8003, "Юлия");

    private static TelegramEmulator emulator;
    private static int webPort;

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
    Roadmaps roadmaps;

    @Autowired
    Territories territories;

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
    FeedTokens feedTokens;

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

    private static byte[] seed(String name) throws IOException {
        try (InputStream in = new ClassPathResource("demo/" + name + ".txt").getInputStream()) {
            return in.readAllBytes();
        }
    }

    private void register(TelegramEmulator.User user, InvitationRequest request) throws InterruptedException {
        emulator.command(user, "/start " + invitations.invite(request).token());
        emulator.awaitText(user, "Здравствуйте");
    }

    private static List<String> texts(TelegramEmulator.User user) {
        return emulator.messagesTo(user).stream().map(m -> m.get("text").asString()).toList();
    }

    @Test
    @Order(1)
    void eachRoadmapIsPlacedInTheDistrictItsTitleAndApprovalLineName() throws Exception {
        importer.importDocument(HAROVSKY + ".txt", seed(HAROVSKY), ImportOptions.defaults());
        importer.importDocument(GOROKHOVETS + ".txt", seed(GOROKHOVETS), ImportOptions.defaults());

        Roadmap harovsky = roadmaps.byCode(HAROVSKY).orElseThrow();
        Roadmap gorokhovets = roadmaps.byCode(GOROKHOVETS).orElseThrow();
        assertThat(territories.nameOf(harovsky.getTerritoryId())).isEqualTo("Харовский муниципальный район");
        assertThat(territories.nameOf(territories.regionOf(harovsky.getTerritoryId()))).isEqualTo("Вологодская область");
        assertThat(territories.nameOf(gorokhovets.getTerritoryId())).isEqualTo("Гороховецкий район");
        assertThat(harovsky.shortName()).isEqualTo("ШНОР · Харовский р-н · 2022");
        assertThat(gorokhovets.shortName()).isEqualTo("500+ · Гороховецкий р-н · 2022");
    }

    @Test
    @Order(2)
    void galitskayasDirectorIsToldOfTheirOverdueWorkAndListsOnlyTheirDistrictsTasks() throws Exception {
        // the school is one the roadmap of its district names, so no territory needs to be given
        register(GALITSKAYA, new InvitationRequest(Role.DIRECTOR, "Иванова А.А.", "МБОУ Галицкая СОШ", List.of(), null, null));

        String greeting = emulator.awaitText(GALITSKAYA, "Здравствуйте").get("text").asString();
        assertThat(greeting).contains("Территория: Гороховецкий район", "Уже просрочено задач");

        emulator.command(GALITSKAYA, "/tasks");
        JsonNode tasks = emulator.awaitText(GALITSKAYA, "Мои задачи");
        assertThat(tasks.get("text").asString()).contains("Гороховецкий р-н", "Просрочено")
                .doesNotContain("Харовский", "ШНОР");
        assertThat(TelegramEmulator.button(tasks, "1")).startsWith("tk:");
    }

    @Test
    @Order(3)
    void remindersAndTheCalendarHoldOnlyTheirDistrictsWork() throws Exception {
        Participant director = participants.byContact(Channel.TELEGRAM, String.valueOf(GALITSKAYA.id())).orElseThrow();
        // each registration planned its person already (PlanningTriggers, after commit); the periodic run finds
        // them planned, and plans whatever is left
        planner.plan();
        // Friday 13 May, 09:00: a week before "до 20.05.2022" (row 30)
        CLOCK.setTo(Instant.parse("2022-05-13T06:00:00Z"));
        assertThat(dispatcher.dispatchDue()).isPositive();
        emulator.awaitText(GALITSKAYA, "Срок через 7 дн.");
        List<String> reminders = texts(GALITSKAYA).stream().filter(t -> t.startsWith("⏰") || t.startsWith("▶️")
                || t.startsWith("⏳") || t.startsWith("📌") || t.startsWith("📅")).toList();
        assertThat(reminders).isNotEmpty().allMatch(t -> t.contains("500+ · Гороховецкий р-н · 2022"));

        String link = feedTokens.link(FeedOwner.participant(director.getId())).https().toString();
        HttpResponse<byte[]> feed = http.send(HttpRequest.newBuilder(URI.create(link)).timeout(Duration.ofSeconds(30))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(feed.statusCode()).isEqualTo(200);
        JsonNode calendar = IcalJs.read(feed.body(), "Europe/Moscow", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));
        List<String> uids = calendar.get("events").valueStream().map(e -> e.get("uid").asString()).toList();
        List<String> gorokhovetsUids = roadmaps.currentActivitiesOf(roadmaps.byCode(GOROKHOVETS).orElseThrow().getId())
                .stream().map(Activity::getUid).toList();
        // an activity of several parts has an event per part, "n-UID"
        assertThat(uids).isNotEmpty().allMatch(uid -> gorokhovetsUids.stream().anyMatch(uid::endsWith));
        assertThat(calendar.get("events").valueStream().map(e -> e.get("summary").asString()))
                .allMatch(summary -> summary.endsWith("· 500+ · Гороховецкий р-н · 2022"));
        assertThat(calendar.get("events").valueStream().map(e -> e.get("categories").get(0).asString()))
                .containsOnly("500+ · Гороховецкий р-н · 2022");
    }

    @Test
    @Order(4)
    void harovskysCoordinatorSeesOnlyTheirSchools() throws Exception {
        register(HAROVSKY_COORDINATOR, new InvitationRequest(Role.MUNICIPAL_COORDINATOR, "Соколова Ю.Н.",
                "Управление образования", List.of(), null, null, "Харовский муниципальный район"));
        // a school with no curator, and a director who joins when some of its work is already overdue
        register(SEMIGORODNYAYA, new InvitationRequest(Role.DIRECTOR, "Смирнова С.С.", "МБОУ «Семигородняя СОШ»",
                List.of(), null, null, "Харовский район"));

        String greeting = emulator.awaitText(SEMIGORODNYAYA, "Здравствуйте").get("text").asString();
        assertThat(greeting).contains("Территория: Харовский муниципальный район", "Уже просрочено задач");

        emulator.command(HAROVSKY_COORDINATOR, "/schools");
        JsonNode schools = emulator.awaitText(HAROVSKY_COORDINATOR, "Школы");
        assertThat(schools.get("text").asString()).contains("МБОУ «Семигородняя СОШ»", "Смирнова С.С.",
                "Харовский муниципальный район").doesNotContain("Галицкая");
    }

    @Test
    @Order(5)
    void overdueWorkOfANewcomerEscalatesOnlyAfterTheDelayAndAsOneMessage() throws Exception {
        // registered on Friday 13 May, 09:00: nothing is escalated at once, nor a day later
        assertThat(escalations.escalate()).isZero();
        CLOCK.setTo(Instant.parse("2022-05-14T07:00:00Z"));
        assertThat(escalations.escalate()).isZero();

        // three days after registration the coordinator hears of all of it, in one message
        CLOCK.setTo(Instant.parse("2022-05-16T07:00:00Z"));
        int made = escalations.escalate();
        assertThat(made).isGreaterThan(1);
        JsonNode escalated = emulator.awaitText(HAROVSKY_COORDINATOR, "Просрочено и не подтверждено");
        assertThat(escalated.get("text").asString()).contains("МБОУ «Семигородняя СОШ»", "ШНОР · Харовский р-н · 2022")
                .doesNotContain("Галицкая", "Гороховецкий");
        // every escalation of the run is a line of that one message
        assertThat(escalated.get("text").asString().lines().filter(line -> line.startsWith("• "))).hasSize(made);
        // Galitskaya's overdue work has no coordinator in its district registered: it reaches nobody in Kharovsky
        assertThat(texts(HAROVSKY_COORDINATOR)).noneMatch(t -> t.contains("Иванова А.А."));
        assertThat(escalations.escalate()).isZero();
    }

    @Test
    @Order(6)
    void doneFromTheListAtASchoolWithoutACuratorGoesToTheCoordinatorAndTheDirectorIsToldSo() throws Exception {
        emulator.command(SEMIGORODNYAYA, "/tasks");
        JsonNode tasks = emulator.awaitText(SEMIGORODNYAYA, "Мои задачи");
        long listId = tasks.get("message_id").asLong();

        emulator.press(SEMIGORODNYAYA, TelegramEmulator.button(tasks, "1"), listId);
        JsonNode task = emulator.awaitMessage(SEMIGORODNYAYA, m -> m.get("message_id").asLong() == listId
                && m.get("text").asString().contains("Срок:"), Duration.ofSeconds(15));
        assertThat(task.get("text").asString()).contains("ШНОР · Харовский р-н · 2022");
        emulator.press(SEMIGORODNYAYA, TelegramEmulator.button(task, "Выполнено"), listId);

        JsonNode told = emulator.awaitText(SEMIGORODNYAYA, "передана на проверку");
        assertThat(told.get("text").asString()).contains("муниципальному координатору: Соколова Ю.Н.")
                .doesNotContain("куратору");
        JsonNode notice = emulator.awaitText(HAROVSKY_COORDINATOR, "отметил(а) выполненным");
        assertThat(notice.get("text").asString()).contains("МБОУ «Семигородняя СОШ»", "Смирнова С.С.");
        assertThat(TelegramEmulator.button(notice, "Одобрить")).startsWith("rv:");
        // the done press is in the database, on the occurrence the list showed
        Participant director = participants.byContact(Channel.TELEGRAM, String.valueOf(SEMIGORODNYAYA.id())).orElseThrow();
        assertThat(statuses.ofParticipant(director.getId())).containsValue(TaskState.DONE);

        // the coordinator approves once; a second press changes nothing and tells the director nothing more
        emulator.press(HAROVSKY_COORDINATOR, TelegramEmulator.button(notice, "Одобрить"), notice.get("message_id").asLong());
        assertThat(emulator.awaitText(SEMIGORODNYAYA, "одобрил(а) выполнение").get("text").asString())
                .contains("Соколова Ю.Н. (муниципальный координатор)");
        emulator.press(HAROVSKY_COORDINATOR, TelegramEmulator.button(notice, "Одобрить"), notice.get("message_id").asLong());
        emulator.awaitAnswer("уже принято");
        assertThat(texts(SEMIGORODNYAYA).stream().filter(t -> t.contains("одобрил(а) выполнение"))).hasSize(1);
    }
}
