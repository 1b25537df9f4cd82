package ru.roadmapbot.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.roadmapbot.roadmap.Roadmaps;
import ru.roadmapbot.confirmation.Confirmations;
import ru.roadmapbot.confirmation.TaskState;
import ru.roadmapbot.people.InvitationRequest;
import ru.roadmapbot.people.Invitations;
import ru.roadmapbot.people.Organizations;
import ru.roadmapbot.people.Participant;
import ru.roadmapbot.people.Participants;
import ru.roadmapbot.people.Role;
import ru.roadmapbot.roadmap.Activity;
import ru.roadmapbot.roadmap.Roadmap;
import ru.roadmapbot.roadmap.RoadmapImporter;
import ru.roadmapbot.schedule.Occurrence;
import ru.roadmapbot.schedule.Occurrences;
import ru.roadmapbot.schedule.Schedule;
import ru.roadmapbot.schedule.SchedulePart;
import tools.jackson.databind.JsonNode;
import ru.roadmapbot.people.MessengerAccounts;
import ru.roadmapbot.messenger.Channel;

/**
 * The feeds of the five seed roadmaps served over HTTP on 127.0.0.1 and read back by ical.js and ical4j's
 * validator: every occurrence agrees with the bot's, deadlines keep their date in any zone, re-imports keep UIDs,
 * links can be revoked, and conditional and gzip requests behave as clients expect.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:calendar-feeds;DB_CLOSE_DELAY=-1",
        "server.address=127.0.0.1"})
class CalendarFeedEndToEndTests {

    static final List<String> SEEDS = List.of("000_8947be193d347cd7", "001_5ee45a74bb2df34c", "002_0994dfd4ec89aa3d",
            "003_3563c2cda89c6920", "004_7680f41c24c846e3");
    private static final String SEED_004 = "004_7680f41c24c846e3";
    private static final LocalDate FROM = LocalDate.of(2020, 1, 1);
    private static final LocalDate TO = LocalDate.of(2024, 12, 31);

    @LocalServerPort
    int port;

    @Autowired
    RoadmapImporter importer;

    @Autowired
    Roadmaps roadmaps;

    @Autowired
    Roadmaps activities;

    @Autowired
    Invitations invitations;

    @Autowired
    Participants participants;

    @Autowired
    Organizations organizations;

    @Autowired
    FeedTokens feedTokens;

    @Autowired
    Confirmations confirmations;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    static byte[] seed(String name) {
        try (InputStream in = new ClassPathResource("demo/" + name + ".txt").getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized void seeded() {
        for (String seed : SEEDS) {
            if (roadmaps.byCode(seed).isEmpty()) {
                importer.importContent(seed + ".txt", seed(seed), null);
            }
        }
    }

    private synchronized Participant person(long telegramId, Role role, String name, String organization, List<String> schools) {
        seeded();
        return participants.byContact(Channel.TELEGRAM, String.valueOf(telegramId)).orElseGet(() -> {
            String token = invitations.invite(new InvitationRequest(role, name, organization, schools, null, null)).token();
            return invitations.accept(token, MessengerAccounts.telegram(telegramId, telegramId, name));
        });
    }

    private Participant director() {
        return person(7001, Role.DIRECTOR, "Иванова А.А.", "МБОУ Галицкая СОШ", List.of());
    }

    private Participant curator() {
        return person(7002, Role.CURATOR, "Петрова О.О.", "МОУ № 1", List.of("МБОУ Галицкая СОШ", "МБОУ Денисовская СОШ"));
    }

    private FeedLink roadmapLink(String code) {
        seeded();
        return feedTokens.link(FeedOwner.roadmap(roadmaps.byCode(code).orElseThrow().getId()));
    }

    private Activity activity(String code, String number) {
        Long roadmapId = roadmaps.byCode(code).orElseThrow().getId();
        return activities.currentActivities().stream()
                .filter(a -> a.getRoadmap().getId().equals(roadmapId) && number.equals(a.getNumber())).findFirst().orElseThrow();
    }

    HttpResponse<byte[]> get(String token, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/calendar/" + token + ".ics"))
                .timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private byte[] feed(FeedLink link) {
        HttpResponse<byte[]> response = get(link.token(), Map.of());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @Test
    void everySeedRoadmapFeedIsValidAndShowsExactlyTheBotsOccurrences() {
        seeded();
        for (String code : SEEDS) {
            byte[] ics = feed(roadmapLink(code));
            Ical4jValidator.assertValid(ics);
            JsonNode calendar = IcalJs.read(ics, "Europe/Moscow", FROM, TO);

            Roadmap roadmap = roadmaps.byCode(code).orElseThrow();
            int events = 0;
            int undated = 0;
            for (Activity activity : activities.currentActivities()) {
                if (!activity.getRoadmap().getId().equals(roadmap.getId())) {
                    continue;
                }
                Schedule schedule = activity.schedule();
                undated += schedule.parts().isEmpty() ? 1 : 0;
                for (int i = 0; i < schedule.parts().size(); i++) {
                    String uid = schedule.parts().size() == 1 ? activity.getUid() : (i + 1) + "-" + activity.getUid();
                    assertThat(IcalJs.starts(IcalJs.event(calendar, uid))).as(code + " " + activity.getNumber() + " "
                            + schedule.text()).isEqualTo(botDays(schedule, schedule.parts().get(i)));
                    events++;
                }
            }
            assertThat(calendar.get("events").size()).as(code).isEqualTo(events);
            assertThat(calendar.get("description").asString()).as(code)
                    .contains(undated == 0 ? "RoadmapBot" : "без конкретных дат (например, «по плану ДИРО» или «по мере необходимости»): " + undated);
        }
    }

    /** The days the bot reminds of (/tasks, reminders): each occurrence's first day, or its due date if it has none. */
    private static List<String> botDays(Schedule schedule, SchedulePart part) {
        Schedule single = new Schedule(schedule.text(), List.of(part), schedule.recurrence(), false, null, List.of(),
                List.of());
        List<String> days = new ArrayList<>();
        for (Occurrence occurrence : Occurrences.expand(single, FROM, TO)) {
            days.add((occurrence.start() != null ? occurrence.start() : occurrence.due()).toString());
        }
        return days;
    }

    @Test
    void weeklyWebinarOfSeed004IsExactlyTheSevenWednesdays() {
        JsonNode calendar = IcalJs.read(feed(roadmapLink(SEED_004)), "Europe/Moscow", FROM, TO);

        JsonNode webinar = IcalJs.event(calendar, activity(SEED_004, "19.").getUid());

        assertThat(webinar.get("allDay").asBoolean()).isTrue();
        assertThat(IcalJs.starts(webinar)).containsExactly("2022-02-16", "2022-02-23", "2022-03-02", "2022-03-09",
                "2022-03-16", "2022-03-23", "2022-03-30");
    }

    @Test
    void allDayDeadlineLandsOnItsDateForClientsInUtcPlus3AndUtcPlus10() {
        byte[] ics = feed(roadmapLink(SEED_004));
        String uid = activity(SEED_004, "16.").getUid();

        for (String zone : List.of("Europe/Moscow", "Asia/Vladivostok", "America/Los_Angeles")) {
            JsonNode deadline = IcalJs.event(IcalJs.read(ics, zone, FROM, TO), uid);
            assertThat(deadline.get("allDay").asBoolean()).as(zone).isTrue();
            assertThat(deadline.get("occurrences")).as(zone).hasSize(1);
            assertThat(deadline.get("occurrences").get(0).get("start").asString()).as(zone).isEqualTo("2022-02-22");
            assertThat(deadline.get("occurrences").get(0).get("end").asString()).as(zone).isEqualTo("2022-02-23");
        }
    }

    @Test
    void reImportKeepsEveryUidAndRaisesSequenceOnlyForWhatChanged() {
        seeded();
        String code = "004-reimported";
        String original = new String(seed(SEED_004), StandardCharsets.UTF_8);
        importer.importContent(SEED_004 + ".txt", seed(SEED_004), code);
        FeedLink link = feedTokens.link(FeedOwner.roadmap(roadmaps.byCode(code).orElseThrow().getId()));
        Map<String, Integer> before = sequences(IcalJs.read(feed(link), "Europe/Moscow", FROM, TO));

        importer.importContent(SEED_004 + ".txt", seed(SEED_004), code);
        Map<String, Integer> unchanged = sequences(IcalJs.read(feed(link), "Europe/Moscow", FROM, TO));
        assertThat(original).containsOnlyOnce("до 22.02.2022");
        importer.importContent(SEED_004 + ".txt", original.replace("до 22.02.2022", "до 25.02.2022")
                .getBytes(StandardCharsets.UTF_8), code);
        JsonNode after = IcalJs.read(feed(link), "Europe/Moscow", FROM, TO);

        assertThat(unchanged).isEqualTo(before);
        String moved = activity(code, "16.").getUid();
        Map<String, Integer> expected = new HashMap<>(before);
        expected.put(moved, before.get(moved) + 1);
        assertThat(sequences(after)).isEqualTo(expected);
        assertThat(IcalJs.starts(IcalJs.event(after, moved))).containsExactly("2022-02-25");
    }

    private static Map<String, Integer> sequences(JsonNode calendar) {
        Map<String, Integer> sequences = new HashMap<>();
        calendar.get("events").forEach(e -> sequences.put(e.get("uid").asString(), e.get("sequence").asInt()));
        return sequences;
    }

    @Test
    void revokedOrRotatedLinkAnswers404AndRevealsNothing() {
        FeedOwner owner = FeedOwner.participant(director().getId());
        FeedLink first = feedTokens.link(owner);
        assertThat(get(first.token(), Map.of()).statusCode()).isEqualTo(200);

        FeedLink second = feedTokens.rotate(owner);
        HttpResponse<byte[]> rotated = get(first.token(), Map.of());
        assertThat(get(second.token(), Map.of()).statusCode()).isEqualTo(200);
        feedTokens.revoke(owner);
        HttpResponse<byte[]> revoked = get(second.token(), Map.of());
        HttpResponse<byte[]> unknown = get("A".repeat(32), Map.of());
        HttpResponse<byte[]> malformed = get("not-a-token", Map.of());

        for (HttpResponse<byte[]> response : List.of(rotated, revoked, unknown, malformed)) {
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).isEmpty();
            assertThat(response.headers().firstValue("ETag")).isEmpty();
            assertThat(response.headers().firstValue("Content-Type")).isEmpty();
        }
        assertThat(feedTokens.link(owner).token()).isNotIn(first.token(), second.token());
    }

    @Test
    void linksAreLongRandomAndOfferedAsHttpsAndWebcal() {
        FeedLink link = roadmapLink(SEED_004);

        assertThat(link.token()).matches("[A-Za-z0-9_-]{32}"); // 24 random bytes: 192 bits
        assertThat(link.https().toString()).isEqualTo("http://localhost:8080/calendar/" + link.token() + ".ics");
        assertThat(link.webcal().toString()).isEqualTo("webcal://localhost:8080/calendar/" + link.token() + ".ics");
        assertThat(feedTokens.link(link.owner())).isEqualTo(link);
    }

    @Test
    void feedIsTextCalendarInUtf8WithValidatorsAndCacheHeaders() {
        HttpResponse<byte[]> response = get(roadmapLink(SEED_004).token(), Map.of());

        // Tomcat writes the parameter without the space ("text/calendar;charset=utf-8"): the same media type
        assertThat(response.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""))
                .isEqualToIgnoringCase("text/calendar;charset=utf-8");
        assertThat(response.headers().firstValue("ETag").orElseThrow()).matches("\"[A-Za-z0-9_-]{27}\"");
        assertThat(response.headers().firstValue("Last-Modified")).isPresent();
        assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("private", "max-age=3600");
        assertThat(response.headers().allValues("Vary")).anyMatch(v -> v.contains("Accept-Encoding"));
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).startsWith("BEGIN:VCALENDAR\r\n");
    }

    @Test
    void matchingEntityTagOrDateGets304WithoutABody() {
        String token = roadmapLink(SEED_004).token();
        HttpResponse<byte[]> full = get(token, Map.of());
        String etag = full.headers().firstValue("ETag").orElseThrow();
        String lastModified = full.headers().firstValue("Last-Modified").orElseThrow();

        HttpResponse<byte[]> byTag = get(token, Map.of("If-None-Match", etag));
        HttpResponse<byte[]> byDate = get(token, Map.of("If-Modified-Since", lastModified));
        HttpResponse<byte[]> otherTag = get(token, Map.of("If-None-Match", "\"something-else\"", "If-Modified-Since", lastModified));

        assertThat(byTag.statusCode()).isEqualTo(304);
        assertThat(byTag.body()).isEmpty();
        assertThat(byTag.headers().firstValue("ETag")).hasValue(etag);
        assertThat(byDate.statusCode()).isEqualTo(304);
        assertThat(byDate.body()).isEmpty();
        // If-None-Match decides when it is there: a different tag means a new copy, whatever the date says
        assertThat(otherTag.statusCode()).isEqualTo(200);
        assertThat(otherTag.body()).isEqualTo(full.body());
    }

    @Test
    void gzipIsServedToClientsThatAcceptIt() throws IOException {
        String token = roadmapLink(SEED_004).token();
        HttpResponse<byte[]> plain = get(token, Map.of());

        HttpResponse<byte[]> zipped = get(token, Map.of("Accept-Encoding", "gzip, deflate"));

        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(zipped.body().length).isLessThan(plain.body().length / 3);
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertThat(in.readAllBytes()).isEqualTo(plain.body());
        }
        String zippedTag = zipped.headers().firstValue("ETag").orElseThrow();
        assertThat(zippedTag).isNotEqualTo(plain.headers().firstValue("ETag").orElseThrow());
        assertThat(get(token, Map.of("Accept-Encoding", "gzip", "If-None-Match", zippedTag)).statusCode()).isEqualTo(304);
        assertThat(get(token, Map.of("Accept-Encoding", "gzip;q=0")).headers().firstValue("Content-Encoding")).isEmpty();
    }

    @Test
    void directorsFeedHoldsTheirSchoolsActivitiesAndMarksWhatTheyFinished() {
        Participant director = director();
        FeedLink link = feedTokens.link(FeedOwner.participant(director.getId()));
        HttpResponse<byte[]> before = get(link.token(), Map.of());
        Activity survey = activity(SEED_004, "4.");

        JsonNode calendar = IcalJs.read(before.body(), "Europe/Moscow", FROM, TO);
        assertThat(calendar.get("name").asString()).isEqualTo("Дорожная карта — Иванова А.А.");
        assertThat(IcalJs.event(calendar, survey.getUid()).get("summary").asString())
                .startsWith("4. Участие МБОУ Галицкая СОШ в анкетировании");
        assertThat(calendar.get("events").valueStream().map(e -> e.get("uid").asString()))
                .doesNotContain(activity(SEED_004, "5.").getUid()); // Денисовская СОШ's own survey

        confirmations.report(survey.getId(), LocalDate.of(2022, 2, 4), director.getId(), TaskState.DONE);
        HttpResponse<byte[]> after = get(link.token(), Map.of("If-None-Match", before.headers().firstValue("ETag").orElseThrow()));

        assertThat(after.statusCode()).isEqualTo(200);
        JsonNode done = IcalJs.event(IcalJs.read(after.body(), "Europe/Moscow", FROM, TO), survey.getUid());
        assertThat(done.get("summary").asString()).startsWith("✅ 4. Участие МБОУ Галицкая СОШ");
        assertThat(done.get("alarms")).isEmpty();
        Ical4jValidator.assertValid(after.body());
    }

    @Test
    void curatorsFeedShowsTheTasksOfTheSchoolsTheyAccompany() {
        FeedLink link = feedTokens.link(FeedOwner.participant(curator().getId()));

        JsonNode calendar = IcalJs.read(feed(link), "Europe/Moscow", FROM, TO);

        JsonNode galitskaya = IcalJs.event(calendar, activity(SEED_004, "4.").getUid());
        assertThat(galitskaya.get("description").asString()).contains("Школы: МБОУ Галицкая СОШ");
        assertThat(IcalJs.event(calendar, activity(SEED_004, "5.").getUid()).get("description").asString())
                .contains("Школы: МБОУ Денисовская СОШ");
    }

    @Test
    void schoolFeedHoldsItsDirectorsActivities() {
        seeded();
        FeedLink link = feedTokens.link(FeedOwner.school(organizations.named("МБОУ Денисовская СОШ").get(0).getId()));

        byte[] ics = feed(link);

        Ical4jValidator.assertValid(ics);
        JsonNode calendar = IcalJs.read(ics, "Asia/Vladivostok", FROM, TO);
        assertThat(calendar.get("name").asString()).isEqualTo("Дорожная карта — МБОУ Денисовская СОШ");
        List<String> uids = calendar.get("events").valueStream().map(e -> e.get("uid").asString()).toList();
        assertThat(uids).contains(activity(SEED_004, "5.").getUid(), activity(SEED_004, "19.").getUid())
                .doesNotContain(activity(SEED_004, "4.").getUid(), activity(SEED_004, "16.").getUid());
    }

    @Test
    void changedSettingsReachTheFeedAtOnce() {
        Participant director = director();
        FeedLink link = feedTokens.link(FeedOwner.participant(director.getId()));
        try {
            participants.setLanguage(director.getId(), "en");
            participants.setLeadDays(director.getId(), List.of(3));

            JsonNode calendar = IcalJs.read(feed(link), "Europe/Moscow", FROM, TO);

            assertThat(calendar.get("name").asString()).isEqualTo("Roadmap — Иванова А.А.");
            assertThat(IcalJs.event(calendar, activity(SEED_004, "22.").getUid()).get("alarms").valueStream()
                    .map(JsonNode::asString).toList()).containsExactly("-P2DT15H");
        } finally {
            participants.setLanguage(director.getId(), "ru");
            participants.setLeadDays(director.getId(), null);
        }
    }

    @Test
    void changesMadeByAnotherProcessReachTheFeedWithinTheCheckInterval() throws InterruptedException {
        FeedLink link = roadmapLink(SEED_004);
        String etag = get(link.token(), Map.of()).headers().firstValue("ETag").orElseThrow();
        Activity webinar = activity(SEED_004, "24.");

        // what a re-import from the command line does to the shared database, bypassing this process's events
        jdbc.update("update activity set title = ?, revision = revision + 1, updated_at = ? where id = ?",
                webinar.getTitle() + " (перенесён)", ZonedDateTime.now(ZoneOffset.UTC).plusMinutes(1).toOffsetDateTime(),
                webinar.getId());
        try {
            HttpResponse<byte[]> response = get(link.token(), Map.of("If-None-Match", etag));
            for (int i = 0; i < 40 && response.statusCode() == 304; i++) {
                Thread.sleep(100);
                response = get(link.token(), Map.of("If-None-Match", etag));
            }
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(new String(response.body(), StandardCharsets.UTF_8).replace("\r\n ", "")).contains("(перенесён)");
        } finally {
            jdbc.update("update activity set title = ?, updated_at = ? where id = ?", webinar.getTitle(),
                    ZonedDateTime.now(ZoneOffset.UTC).plusMinutes(2).toOffsetDateTime(), webinar.getId());
        }
    }
}
