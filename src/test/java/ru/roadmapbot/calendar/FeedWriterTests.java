package ru.roadmapbot.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.unit.DataSize;

import ru.roadmapbot.confirmation.TaskState;
import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.schedule.Frequency;
import ru.roadmapbot.schedule.Recurrence;
import ru.roadmapbot.schedule.Schedule;
import ru.roadmapbot.schedule.ScheduleParser;
import ru.roadmapbot.schedule.SchedulePart;
import tools.jackson.databind.JsonNode;

/**
 * The iCalendar a feed is written as, from schedule cells of the seed roadmaps and the forms the grammar knows: what
 * each kind of schedule becomes, alarms, statuses, folding, and that ical4j's validator and ical.js accept it all.
 */
class FeedWriterTests {

    private static final Instant CHANGED = Instant.parse("2022-02-01T07:00:00Z");
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private final FeedWriter writer = new FeedWriter(properties(), texts());
    private final ScheduleParser parser = new ScheduleParser();

    static CalendarProperties properties() {
        return new CalendarProperties(URI.create("https://roadmap.example.org"), Duration.ofHours(1), LocalTime.of(9, 0),
                Duration.ofHours(1), "ru", "", Duration.ofSeconds(1), DataSize.ofMegabytes(64));
    }

    static Texts texts() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new Texts(messages);
    }

    /** Numbers repeat across roadmaps, so every event names its roadmap by its short name. */
    private static final String ROADMAP = "500+ · Гороховецкий р-н · 2022";

    private FeedActivity activity(String uid, String number, String title, Schedule schedule) {
        return new FeedActivity(1L, uid, 2, 1, number, title, "2. Организационные мероприятия", "УО, МКУ ИМОЦ",
                "План-график утверждён", "Начальник УО", ROADMAP, schedule, CHANGED);
    }

    private FeedActivity activity(String uid, String cell) {
        return activity(uid, "16.", "Разработка муниципального план-графика", parser.parse(cell, 2022));
    }

    private static FeedContent feed(ZoneId zone, FeedEntry... entries) {
        return new FeedContent("Дорожная карта — Иванова А.А.", zone, "ru", List.of(7, 1, 0), List.of(entries));
    }

    private static FeedEntry entry(FeedActivity activity) {
        return new FeedEntry(activity, Map.of(), List.of());
    }

    private String write(FeedContent feed) {
        byte[] bytes = writer.write(feed);
        Ical4jValidator.assertValid(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String unfolded(String ics) {
        return ics.replace("\r\n ", "");
    }

    @Test
    void deadlineIsAnAllDayEventOnItsDueDateEndingTheNextDay() {
        String ics = unfolded(write(feed(MOSCOW, entry(activity("d@roadmapbot", "до 22.02.2022")))));

        assertThat(ics).contains("UID:d@roadmapbot\r\n", "DTSTART;VALUE=DATE:20220222\r\n", "DTEND;VALUE=DATE:20220223\r\n",
                "TRANSP:TRANSPARENT\r\n", "SEQUENCE:2\r\n", "DTSTAMP:20220201T070000Z\r\n",
                "SUMMARY:16. Разработка муниципального план-графика · " + ROADMAP + "\r\n",
                "CATEGORIES:" + ROADMAP + ",2. Организационные мероприятия\r\n");
        assertThat(ics).doesNotContain("VTODO", "RRULE", "VTIMEZONE");
    }

    @Test
    void deadlineAlarmsRingAtNineOnTheLeadDays() {
        String ics = unfolded(write(feed(MOSCOW, entry(activity("d@roadmapbot", "до 22.02.2022")))));

        // DTSTART is midnight of 22.02: 7 days before at 09:00 is 15.02 09:00, 1 day before 21.02 09:00, then 22.02 09:00
        assertThat(ics).contains("TRIGGER:-P6DT15H\r\n", "TRIGGER:-PT15H\r\n", "TRIGGER:PT9H\r\n", "ACTION:DISPLAY\r\n");
    }

    @Test
    void periodSpansItsDaysAndIsRemindedBeforeItsLastDay() {
        String ics = unfolded(write(feed(MOSCOW, entry(activity("p@roadmapbot", "17.01.2022 – 04.02.2022")))));

        assertThat(ics).contains("DTSTART;VALUE=DATE:20220117\r\n", "DTEND;VALUE=DATE:20220205\r\n");
        // counted back from DTEND, the midnight after 04.02: 09:00 on 28.01, 03.02 and 04.02
        assertThat(ics).contains("TRIGGER;RELATED=END:-P7DT15H\r\n", "TRIGGER;RELATED=END:-P1DT15H\r\n",
                "TRIGGER;RELATED=END:-PT15H\r\n");
    }

    @Test
    void weeklyWebinarStartsOnItsFirstWednesdayAndRepeatsUntilItsLastDay() {
        String ics = unfolded(write(feed(MOSCOW, entry(activity("w@roadmapbot", "14.02.2022-30.03.2022 (среда)")))));

        assertThat(ics).contains("DTSTART;VALUE=DATE:20220216\r\n", "DTEND;VALUE=DATE:20220217\r\n")
                .containsPattern("RRULE:(?=.*FREQ=WEEKLY)(?=.*BYDAY=WE)(?=.*WKST=MO)(?=.*UNTIL=20220330)(?=.*INTERVAL=1)");
        // a weekly alarm a week ahead would ring during the previous webinar: only 1 day before and on the day
        assertThat(ics).contains("TRIGGER:-PT15H\r\n", "TRIGGER:PT9H\r\n").doesNotContain("-P6DT15H");
        JsonNode event = IcalJs.event(IcalJs.read(ics.getBytes(StandardCharsets.UTF_8), "Europe/Moscow",
                LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)), "w@roadmapbot");
        assertThat(IcalJs.starts(event)).containsExactly("2022-02-16", "2022-02-23", "2022-03-02", "2022-03-09",
                "2022-03-16", "2022-03-23", "2022-03-30");
    }

    @Test
    void webinarWithATimeIsTimedInTheParticipantsZone() {
        ZoneId yekaterinburg = ZoneId.of("Asia/Yekaterinburg");
        String ics = unfolded(write(feed(yekaterinburg, entry(activity("t@roadmapbot", "24.", "Вебинар",
                parser.parse("22.02.2022 в 10.00", 2022))))));

        assertThat(ics).contains("DTSTART;TZID=Asia/Yekaterinburg:20220222T100000\r\n",
                "DTEND;TZID=Asia/Yekaterinburg:20220222T110000\r\n", "BEGIN:VTIMEZONE\r\nTZID:Asia/Yekaterinburg\r\n",
                "TRIGGER:-PT1H\r\n").doesNotContain("TRANSP:TRANSPARENT");
        assertThat(ics.indexOf("BEGIN:VTIMEZONE")).isLessThan(ics.indexOf("BEGIN:VEVENT"));
        // a colleague in Moscow (UTC+3) sees it at 08:00: 10:00 in Yekaterinburg (UTC+5)
        JsonNode occurrence = IcalJs.event(IcalJs.read(ics.getBytes(StandardCharsets.UTF_8), "Europe/Moscow",
                LocalDate.of(2022, 2, 1), LocalDate.of(2022, 2, 28)), "t@roadmapbot").get("occurrences").get(0);
        assertThat(occurrence.get("start").asString()).isEqualTo("2022-02-22T08:00");
        assertThat(occurrence.get("utcStart").asString()).isEqualTo("2022-02-22T05:00:00.000Z");
    }

    @Test
    void finishedTaskIsMarkedDoneAndNoLongerRings() {
        FeedActivity deadline = activity("d@roadmapbot", "до 22.02.2022");
        Instant reported = Instant.parse("2022-02-20T10:15:00Z");
        FeedEntry done = new FeedEntry(deadline, Map.of(LocalDate.of(2022, 2, 22),
                new OccurrenceStatus(TaskState.DONE, reported)), List.of());

        String ics = unfolded(write(feed(MOSCOW, done)));

        assertThat(ics).contains("SUMMARY:✅ 16. Разработка", "Статус: ✅ выполнено", "DTSTAMP:20220220T101500Z\r\n")
                .doesNotContain("VALARM");
    }

    @Test
    void finishedWebinarIsAnOverrideOfThatWednesdayOnly() {
        FeedActivity webinar = activity("w@roadmapbot", "19.", "Участие в вебинарах",
                parser.parse("14.02.2022-30.03.2022 (среда)", 2022));
        FeedEntry entry = new FeedEntry(webinar, Map.of(LocalDate.of(2022, 3, 2),
                new OccurrenceStatus(TaskState.APPROVED, Instant.parse("2022-03-02T12:00:00Z"))), List.of());

        String ics = unfolded(write(feed(MOSCOW, entry)));

        assertThat(ics).contains("RECURRENCE-ID;VALUE=DATE:20220302\r\n", "Статус: ✅ выполнено\\, куратор подтвердил");
        JsonNode event = IcalJs.event(IcalJs.read(ics.getBytes(StandardCharsets.UTF_8), "Asia/Vladivostok",
                LocalDate.of(2022, 2, 1), LocalDate.of(2022, 4, 30)), "w@roadmapbot");
        assertThat(event.get("overrides").asInt()).isEqualTo(1);
        List<String> marked = event.get("occurrences").valueStream()
                .filter(o -> o.get("summary").asString().startsWith("✅")).map(o -> o.get("start").asString()).toList();
        assertThat(marked).containsExactly("2022-03-02");
        assertThat(IcalJs.starts(event)).hasSize(7);
    }

    @Test
    void monthlyWorkIsAMarkerOnTheFirstOfEachMonth() {
        String ics = unfolded(write(feed(MOSCOW, entry(activity("m@roadmapbot", "1.21", "Мониторинг",
                parser.parse("ежемесячно", 2021))))));

        JsonNode event = IcalJs.event(IcalJs.read(ics.getBytes(StandardCharsets.UTF_8), "Europe/Moscow",
                LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)), "m@roadmapbot");
        assertThat(IcalJs.starts(event)).hasSize(12).allMatch(day -> day.endsWith("-01"));
        assertThat(event.get("occurrences").get(0).get("end").asString()).isEqualTo("2021-01-02");
    }

    @Test
    void monthlyWorkStartingMidMonthHasItsFirstMarkerOnTheStartDay() {
        Schedule schedule = new Schedule("с 15.01.2022 по 30.06.2022 ежемесячно",
                List.of(new SchedulePart(LocalDate.of(2022, 1, 15), LocalDate.of(2022, 6, 30))),
                Recurrence.of(Frequency.MONTHLY, 1), false, null, List.of(), List.of());

        String ics = unfolded(write(feed(MOSCOW, entry(activity("m@roadmapbot", "1", "Отчёт", schedule)))));

        JsonNode event = IcalJs.event(IcalJs.read(ics.getBytes(StandardCharsets.UTF_8), "Europe/Moscow",
                LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)), "m@roadmapbot");
        assertThat(IcalJs.starts(event)).containsExactly("2022-01-15", "2022-02-01", "2022-03-01", "2022-04-01",
                "2022-05-01", "2022-06-01");
    }

    @Test
    void everyOtherWeekCountsWeeksFromMondayLikeTheBot() {
        Schedule schedule = new Schedule("по вторникам и четвергам раз в две недели",
                List.of(new SchedulePart(LocalDate.of(2022, 2, 3), LocalDate.of(2022, 3, 6))),
                new Recurrence(Frequency.WEEKLY, 2, List.of(java.time.DayOfWeek.TUESDAY, java.time.DayOfWeek.THURSDAY)),
                false, null, List.of(), List.of());

        String ics = unfolded(write(feed(MOSCOW, entry(activity("b@roadmapbot", "1", "Консультации", schedule)))));

        JsonNode event = IcalJs.event(IcalJs.read(ics.getBytes(StandardCharsets.UTF_8), "Europe/Moscow",
                LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)), "b@roadmapbot");
        // weeks of 31.01, 14.02, 28.02 (Thursday 03.02 is the first day on or after the start)
        assertThat(IcalJs.starts(event)).containsExactly("2022-02-03", "2022-02-15", "2022-02-17", "2022-03-01",
                "2022-03-03");
    }

    @Test
    void severalPartsAreSeveralEventsWithNumberedUids() {
        String ics = unfolded(write(feed(MOSCOW, entry(activity("s@roadmapbot", "07.02.2022 14.02.2022")))));

        assertThat(ics).contains("UID:1-s@roadmapbot\r\n", "UID:2-s@roadmapbot\r\n", "DTSTART;VALUE=DATE:20220207\r\n",
                "DTSTART;VALUE=DATE:20220214\r\n");
    }

    @Test
    void undatedActivitiesAreCountedNotGivenInventedDates() {
        String ics = unfolded(write(feed(MOSCOW, entry(activity("u@roadmapbot", "по плану ДИРО")),
                entry(activity("v@roadmapbot", "по мере необходимости")), entry(activity("d@roadmapbot", "до 22.02.2022")))));

        assertThat(ics).contains("X-WR-CALDESC:", "без конкретных дат", ": 2\\;").doesNotContain("u@roadmapbot", "v@roadmapbot");
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(2);
    }

    @Test
    void calendarCarriesItsNameZoneAndRefreshHints() {
        String ics = unfolded(write(feed(MOSCOW, entry(activity("d@roadmapbot", "до 22.02.2022")))));

        assertThat(ics).contains("X-WR-CALNAME:Дорожная карта — Иванова А.А.\r\n", "NAME:Дорожная карта — Иванова А.А.\r\n",
                "X-WR-TIMEZONE:Europe/Moscow\r\n", "REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n", "X-PUBLISHED-TTL:PT1H\r\n",
                "PRODID:" + FeedWriter.PRODUCT_ID, "VERSION:2.0\r\n").doesNotContain("METHOD:");
    }

    @Test
    void descriptionNamesResponsibleResultControllerAndStatus() {
        String ics = unfolded(write(feed(MOSCOW, entry(activity("d@roadmapbot", "до 22.02.2022")))));

        assertThat(ics).contains("DESCRIPTION:Ответственные: УО\\, МКУ ИМОЦ\\n"
                + "Ожидаемый результат: План-график утверждён\\nКонтроль: Начальник УО\\nСтатус: не отмечен\\n"
                + "Сроки по дорожной карте: до 22.02.2022\\nДорожная карта: " + ROADMAP);
    }

    @Test
    void englishFeedsHaveEnglishLabels() {
        FeedContent english = new FeedContent("Roadmap — Ivanova A.A.", MOSCOW, "en", List.of(1),
                List.of(entry(activity("d@roadmapbot", "до 22.02.2022"))));

        assertThat(unfolded(write(english))).contains("Responsible: ", "Expected result: ", "Status: not reported");
    }

    @Test
    void linesAreFoldedAtSeventyFiveOctetsWithoutSplittingLetters() {
        FeedActivity long_ = activity("l@roadmapbot", "13.", "Участие школ и кураторов ОО в первом цикле еженедельных "
                + "вебинаров по организационно-методическому сопровождению 🆘 реализации программ перехода ".repeat(3),
                parser.parse("10.02.2022 – 23.06.2022", 2022));

        byte[] bytes = writer.write(feed(MOSCOW, entry(long_)));

        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("\uFFFD").endsWith("END:VCALENDAR\r\n");
        assertThat(Arrays.stream(text.split("\r\n")).mapToInt(l -> l.getBytes(StandardCharsets.UTF_8).length).max().orElse(0))
                .isLessThanOrEqualTo(75);
        assertThat(unfolded(text)).contains("🆘 реализации");
        // the title is cut in SUMMARY and given whole in DESCRIPTION
        assertThat(unfolded(text)).containsPattern("SUMMARY:[^\\r]{190,200}… · 500\\+ · Гороховецкий р-н · 2022\\r\\n")
                .contains("DESCRIPTION:" + long_.title().strip().replace(",", "\\,").substring(0, 100));
    }

    @Test
    void theSameContentAlwaysGivesTheSameBytes() {
        FeedContent content = feed(MOSCOW, entry(activity("w@roadmapbot", "14.02.2022-30.03.2022 (среда)")),
                entry(activity("t@roadmapbot", "24.", "Вебинар", parser.parse("22.02.2022 в 10.00", 2022))));

        assertThat(writer.write(content)).isEqualTo(writer.write(content));
    }
}
