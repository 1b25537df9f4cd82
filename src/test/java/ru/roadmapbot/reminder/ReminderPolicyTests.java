package ru.roadmapbot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import ru.roadmapbot.schedule.Occurrence;
import ru.roadmapbot.schedule.OccurrenceKind;

/** When reminders fire, in the person's zone and outside their quiet hours. */
class ReminderPolicyTests {

    private static final ZoneId YEKATERINBURG = ZoneId.of("Asia/Yekaterinburg");
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private static ReminderPreferences preferences(ZoneId zone) {
        return new ReminderPreferences(zone, LocalTime.of(21, 0), LocalTime.of(8, 0), List.of(7, 1, 0));
    }

    private static Occurrence deadline(String day) {
        return new Occurrence(null, LocalDate.parse(day), OccurrenceKind.DEADLINE);
    }

    @Test
    void deadlineIsRemindedAWeekBeforeTheDayBeforeAndOnTheDayAtNineLocal() {
        List<PlannedReminder> yekaterinburg = ReminderPolicy.plan(deadline("2022-03-15"), false, List.of(), preferences(YEKATERINBURG));
        List<PlannedReminder> moscow = ReminderPolicy.plan(deadline("2022-03-15"), false, List.of(), preferences(MOSCOW));

        assertThat(yekaterinburg).extracting(PlannedReminder::code).containsExactly("DEADLINE-7", "DEADLINE-1", "DEADLINE-0");
        assertThat(yekaterinburg).extracting(PlannedReminder::fireAt).containsExactly(
                Instant.parse("2022-03-08T04:00:00Z"), Instant.parse("2022-03-14T04:00:00Z"), Instant.parse("2022-03-15T04:00:00Z"));
        assertThat(moscow.get(0).fireAt()).isEqualTo(Instant.parse("2022-03-08T06:00:00Z"));
    }

    @Test
    void personalLeadDaysReplaceTheDefaults() {
        ReminderPreferences threeDays = new ReminderPreferences(MOSCOW, LocalTime.of(21, 0), LocalTime.of(8, 0), List.of(3, 0));
        assertThat(ReminderPolicy.plan(deadline("2022-03-15"), false, List.of(), threeDays))
                .extracting(PlannedReminder::code).containsExactly("DEADLINE-3", "DEADLINE-0");
    }

    @Test
    void eventIsRemindedTheEveningBeforeAndAnHourBeforeItsTime() {
        Occurrence webinar = new Occurrence(LocalDate.parse("2022-03-16"), LocalDate.parse("2022-03-16"), OccurrenceKind.DAY);

        List<PlannedReminder> planned = ReminderPolicy.plan(webinar, true, List.of(LocalTime.of(10, 0)), preferences(MOSCOW));

        assertThat(planned).extracting(PlannedReminder::code).containsExactly("EVENT_EVE-1", "EVENT_DAY-0");
        assertThat(planned).extracting(PlannedReminder::fireAt).containsExactly(
                LocalDateTime.parse("2022-03-15T18:00").atZone(MOSCOW).toInstant(),
                LocalDateTime.parse("2022-03-16T09:00").atZone(MOSCOW).toInstant());
    }

    @Test
    void eventWithoutTimeIsRemindedAtNineOnItsDay() {
        Occurrence seminar = new Occurrence(LocalDate.parse("2022-03-16"), LocalDate.parse("2022-03-16"), OccurrenceKind.DAY);
        assertThat(ReminderPolicy.plan(seminar, true, List.of(), preferences(MOSCOW)).get(1).fireAt())
                .isEqualTo(LocalDateTime.parse("2022-03-16T09:00").atZone(MOSCOW).toInstant());
    }

    @Test
    void earlyEventReminderWaitsForTheQuietHoursToEnd() {
        Occurrence early = new Occurrence(LocalDate.parse("2022-03-16"), LocalDate.parse("2022-03-16"), OccurrenceKind.DAY);
        PlannedReminder hourBefore = ReminderPolicy.plan(early, true, List.of(LocalTime.of(8, 30)), preferences(MOSCOW)).get(1);
        assertThat(hourBefore.fireAt()).isEqualTo(LocalDateTime.parse("2022-03-16T08:00").atZone(MOSCOW).toInstant());
    }

    @Test
    void quietHoursThatWrapMidnightMoveAMomentToTheMorning() {
        ReminderPreferences late = new ReminderPreferences(MOSCOW, LocalTime.of(21, 0), LocalTime.of(8, 0), List.of());
        assertThat(ReminderPolicy.outsideQuietHours(LocalDateTime.parse("2022-03-15T23:30"), late))
                .isEqualTo(LocalDateTime.parse("2022-03-16T08:00"));
        assertThat(ReminderPolicy.outsideQuietHours(LocalDateTime.parse("2022-03-16T03:00"), late))
                .isEqualTo(LocalDateTime.parse("2022-03-16T08:00"));
        assertThat(ReminderPolicy.outsideQuietHours(LocalDateTime.parse("2022-03-16T12:00"), late))
                .isEqualTo(LocalDateTime.parse("2022-03-16T12:00"));
    }

    @Test
    void periodIsRemindedAtTheStartAndThreeDaysBeforeTheEnd() {
        Occurrence aprilMay = new Occurrence(LocalDate.parse("2022-04-01"), LocalDate.parse("2022-05-31"), OccurrenceKind.PERIOD);

        List<PlannedReminder> planned = ReminderPolicy.plan(aprilMay, false, List.of(), preferences(MOSCOW));

        assertThat(planned).extracting(PlannedReminder::code).contains("PERIOD_START-0", "PERIOD_ENDING-3", "CHECK_IN-5");
        assertThat(planned.get(1).fireAt()).isEqualTo(LocalDateTime.parse("2022-05-28T09:00").atZone(MOSCOW).toInstant());
    }

    @Test
    void yearLongWorkGetsMonthlyCheckIns() {
        Occurrence year = new Occurrence(LocalDate.parse("2022-01-01"), LocalDate.parse("2022-12-31"), OccurrenceKind.PERIOD);
        assertThat(ReminderPolicy.plan(year, false, List.of(), preferences(MOSCOW)))
                .filteredOn(r -> r.kind() == ReminderKind.CHECK_IN).hasSize(11);
    }
}
