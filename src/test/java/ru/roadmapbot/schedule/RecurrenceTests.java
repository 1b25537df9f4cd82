package ru.roadmapbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The RRULE an activity stores reads back as the recurrence it was written from. */
class RecurrenceTests {

    private static final List<List<DayOfWeek>> DAY_SETS = List.of(List.of(), List.of(DayOfWeek.WEDNESDAY),
            List.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), List.of(DayOfWeek.values()));

    @Test
    void everyRuleReadsBackAsWritten() {
        for (Frequency frequency : Frequency.values()) {
            for (int interval : new int[] {1, 2, 12}) {
                for (List<DayOfWeek> days : DAY_SETS) {
                    Recurrence recurrence = new Recurrence(frequency, interval, days);

                    assertThat(Recurrence.parse(recurrence.toRrule())).as(recurrence.toRrule()).isEqualTo(recurrence);
                }
            }
        }
    }

    @Test
    void storedWeeklyRuleNamesItsWeekday() {
        assertThat(Recurrence.parse("FREQ=WEEKLY;INTERVAL=1;BYDAY=WE"))
                .isEqualTo(new Recurrence(Frequency.WEEKLY, 1, List.of(DayOfWeek.WEDNESDAY)));
    }

    @Test
    void dayOfTheMonthAndSchoolTermsReadBackAsWritten() {
        Recurrence byTheFifth = Recurrence.of(Frequency.MONTHLY, 3).withByMonthDay(5);

        assertThat(byTheFifth.toRrule()).isEqualTo("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=5");
        assertThat(Recurrence.parse(byTheFifth.toRrule())).isEqualTo(byTheFifth);
        assertThat(Recurrence.parse(Recurrence.everySchoolTerm().toRrule())).isEqualTo(Recurrence.everySchoolTerm());
    }

    @Test
    void blankRuleIsNoRecurrence() {
        assertThat(Recurrence.parse(null)).isNull();
        assertThat(Recurrence.parse(" ")).isNull();
    }
}
