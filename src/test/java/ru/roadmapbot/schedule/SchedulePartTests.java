package ru.roadmapbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class SchedulePartTests {

    private static final LocalDate MARCH_1 = LocalDate.of(2022, 3, 1);
    private static final LocalDate APRIL_1 = LocalDate.of(2022, 4, 1);

    @Test
    void deadlineBeginsOnTheDayItIsDue() {
        assertThat(SchedulePart.deadline(APRIL_1).firstDay()).isEqualTo(APRIL_1);
        assertThat(new SchedulePart(MARCH_1, APRIL_1).firstDay()).isEqualTo(MARCH_1);
    }

    @Test
    void scheduleBeginsWithItsEarliestPart() {
        Schedule schedule = new Schedule("до 01.04.2022, 01.03.2022-01.04.2022",
                List.of(SchedulePart.deadline(APRIL_1), new SchedulePart(MARCH_1, APRIL_1)), null, false, null,
                List.of(), List.of());

        assertThat(schedule.firstDay()).isEqualTo(MARCH_1);
        assertThat(new Schedule("", List.of(), null, false, null, List.of(), List.of()).firstDay()).isNull();
    }
}
