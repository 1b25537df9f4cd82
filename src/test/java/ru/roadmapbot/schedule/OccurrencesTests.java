package ru.roadmapbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Schedules expanded into dated occurrences, as reminders and /tasks see them. */
class OccurrencesTests {

    private final ScheduleParser parser = new ScheduleParser();
    private static final LocalDate JAN_1 = LocalDate.of(2022, 1, 1);
    private static final LocalDate DEC_31 = LocalDate.of(2022, 12, 31);

    private List<Occurrence> expand(String cell) {
        return Occurrences.expand(parser.parse(cell, 2022), JAN_1, DEC_31);
    }

    @Test
    void weeklyWebinarOnWednesdaysGivesEveryWednesdayOfTheRange() {
        List<Occurrence> wednesdays = expand("14.02.2022-30.03.2022 (среда)");

        assertThat(wednesdays).extracting(Occurrence::due).containsExactly(
                LocalDate.of(2022, 2, 16), LocalDate.of(2022, 2, 23), LocalDate.of(2022, 3, 2), LocalDate.of(2022, 3, 9),
                LocalDate.of(2022, 3, 16), LocalDate.of(2022, 3, 23), LocalDate.of(2022, 3, 30));
        assertThat(wednesdays).allMatch(o -> o.due().getDayOfWeek() == DayOfWeek.WEDNESDAY && o.kind() == OccurrenceKind.DAY);
    }

    @Test
    void monthlyWorkIsAMonthlyCheckIn() {
        List<Occurrence> months = expand("ежемесячно");

        assertThat(months).hasSize(12);
        assertThat(months.get(1)).isEqualTo(new Occurrence(LocalDate.of(2022, 2, 1), LocalDate.of(2022, 2, 28), OccurrenceKind.PERIOD));
    }

    @Test
    void everyThreeMonthsStepsByQuarters() {
        assertThat(expand("1 раз в три месяца")).extracting(Occurrence::due).containsExactly(
                LocalDate.of(2022, 3, 31), LocalDate.of(2022, 6, 30), LocalDate.of(2022, 9, 30), LocalDate.of(2022, 12, 31));
    }

    @Test
    void everyOtherWeekStepsByTwoWeeks() {
        List<Occurrence> fortnights = expand("1 раз в две недели");
        assertThat(fortnights).hasSize(27);
        assertThat(fortnights.get(1).start()).isEqualTo(LocalDate.of(2022, 1, 15));
    }

    @Test
    void deadlineDayAndPeriodAreSingleOccurrences() {
        assertThat(expand("до 01.04.2022")).containsExactly(new Occurrence(null, LocalDate.of(2022, 4, 1), OccurrenceKind.DEADLINE));
        assertThat(expand("07.02.2022 14.02.2022")).extracting(Occurrence::kind).containsOnly(OccurrenceKind.DAY);
        assertThat(expand("апрель-май 2022")).containsExactly(
                new Occurrence(LocalDate.of(2022, 4, 1), LocalDate.of(2022, 5, 31), OccurrenceKind.PERIOD));
    }

    @Test
    void windowKeepsOnlyWhatTouchesIt() {
        Schedule weekly = parser.parse("14.02.2022-30.03.2022 (среда)", 2022);
        assertThat(Occurrences.expand(weekly, LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 14)))
                .extracting(Occurrence::due).containsExactly(LocalDate.of(2022, 3, 2), LocalDate.of(2022, 3, 9));
    }

    @Test
    void dayOfTheMonthInARecurrenceIsADeadlineOnThatDayOfEachPeriod() {
        assertThat(expand("ежеквартально до 5 числа")).extracting(Occurrence::due).containsExactly(
                LocalDate.of(2022, 1, 5), LocalDate.of(2022, 4, 5), LocalDate.of(2022, 7, 5), LocalDate.of(2022, 10, 5));
        assertThat(expand("ежеквартально до 5 числа")).extracting(Occurrence::kind).containsOnly(OccurrenceKind.DEADLINE);
        assertThat(expand("до 10 числа каждого месяца")).hasSize(12).extracting(Occurrence::due)
                .allMatch(day -> day.getDayOfMonth() == 10);
    }

    @Test
    void dayOfTheMonthThatAMonthLacksIsSkippedThatMonth() {
        assertThat(expand("ежемесячно до 30 числа")).extracting(Occurrence::due)
                .hasSize(11).doesNotContain(LocalDate.of(2022, 2, 28));
    }

    @Test
    void aTermsWorkFollowsTheSchoolTermsNotTheCalendarQuarters() {
        assertThat(expand("1 раз в четверть")).containsExactly(
                new Occurrence(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 3, 31), OccurrenceKind.PERIOD),
                new Occurrence(LocalDate.of(2022, 4, 1), LocalDate.of(2022, 5, 31), OccurrenceKind.PERIOD),
                new Occurrence(LocalDate.of(2022, 9, 1), LocalDate.of(2022, 10, 31), OccurrenceKind.PERIOD),
                new Occurrence(LocalDate.of(2022, 11, 1), LocalDate.of(2022, 12, 31), OccurrenceKind.PERIOD));
        assertThat(expand("ежечетвертно")).isEqualTo(expand("1 раз в четверть"));
    }

    @Test
    void unscheduledHasNoOccurrences() {
        assertThat(expand("по плану ДИРО")).isEmpty();
    }
}
