package ru.roadmapbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.roadmapbot.schedule.Parts.part;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A weekday written beside each date confirms the dates; a weekday after a whole range is a weekly rule. */
class WeekdayNotesTests {

    private final ScheduleParser parser = new ScheduleParser();

    private Schedule parse(String cell) {
        return parser.parse(cell, 2023);
    }

    @Test
    void rangeWhoseDatesEachNameTheirWeekdayIsOnePeriod() {
        Schedule week = parse("с 6 ноября 2023 года (понедельник) по 12 ноября 2023 года (воскресенье)");

        assertThat(week.parts()).containsExactly(part("2023-11-06", "2023-11-12"));
        assertThat(week.recurrence()).isNull();
        assertThat(week.needsReview()).isFalse();
        assertThat(parse("20.03.2023 (пн) – 24.03.2023 (пт)").parts()).containsExactly(part("2023-03-20", "2023-03-24"));
        assertThat(parse("20.03.2023 (пн) – 24.03.2023 (пт)").recurrence()).isNull();
    }

    @Test
    void dayWithItsWeekdayIsThatDay() {
        for (String cell : new String[]{"24 мая (среда)", "24.05.2023 (среда)", "24 мая 2023 г. (среда)", "до 24 мая (среда)"}) {
            Schedule schedule = parse(cell);
            assertThat(schedule.parts()).as(cell).extracting(SchedulePart::end).containsExactly(LocalDate.of(2023, 5, 24));
            assertThat(schedule.recurrence()).as(cell).isNull();
            assertThat(schedule.needsReview()).as(cell).isFalse();
        }
    }

    @Test
    void weekdayThatIsNotTheDatesOwnIsFlagged() {
        assertThat(parse("24 мая (пятница)").reviewReasons()).containsExactly(ReviewReason.WEEKDAY_MISMATCH);
        assertThat(parse("с 6 ноября 2023 года (вторник) по 12 ноября 2023 года (воскресенье)").reviewReasons())
                .containsExactly(ReviewReason.WEEKDAY_MISMATCH);
        assertThat(parse("с 6 ноября 2023 года (вторник) по 12 ноября 2023 года (воскресенье)").parts())
                .containsExactly(part("2023-11-06", "2023-11-12"));
    }

    @Test
    void weekdayAfterAWholeRangeStaysAWeeklyRule() {
        Schedule webinars = parser.parse("14.02.2022-30.03.2022 (среда)", 2022);
        assertThat(webinars.recurrence()).isEqualTo(new Recurrence(Frequency.WEEKLY, 1, List.of(DayOfWeek.WEDNESDAY)));
        assertThat(parse("01.03.2023 - 31.05.2023 (четверг)").recurrence().byDay()).containsExactly(DayOfWeek.THURSDAY);
    }

    @Test
    void pluralAndEveryWeekdayStayWeeklyRules() {
        assertThat(parse("по средам").recurrence().byDay()).containsExactly(DayOfWeek.WEDNESDAY);
        assertThat(parse("каждую среду").recurrence().byDay()).containsExactly(DayOfWeek.WEDNESDAY);
        assertThat(parse("март 2023, по пятницам").recurrence().byDay()).containsExactly(DayOfWeek.FRIDAY);
    }
}
