package ru.roadmapbot.confirmation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The one definition of where an occurrence stands, which /tasks, /schools, escalations and digests share. */
class TaskLedgerTests {

    private static final LocalDate TODAY = LocalDate.of(2022, 5, 10);

    @Test
    void doneIsDoneWhetherOrNotItWasApprovedAndWhenever() {
        assertThat(TaskLedger.standing(TODAY.minusDays(5), TaskState.DONE, TODAY)).isEqualTo(TaskLedger.Standing.DONE);
        assertThat(TaskLedger.standing(TODAY.plusDays(5), TaskState.APPROVED, TODAY)).isEqualTo(TaskLedger.Standing.DONE);
    }

    @Test
    void pastItsDueDayAnythingButDoneIsOverdue() {
        assertThat(TaskLedger.standing(TODAY.minusDays(1), null, TODAY)).isEqualTo(TaskLedger.Standing.OVERDUE);
        assertThat(TaskLedger.standing(TODAY.minusDays(1), TaskState.IN_PROGRESS, TODAY)).isEqualTo(TaskLedger.Standing.OVERDUE);
        assertThat(TaskLedger.standing(TODAY.minusDays(1), TaskState.RETURNED, TODAY)).isEqualTo(TaskLedger.Standing.OVERDUE);
    }

    @Test
    void dueTodayIsNotYetOverdue() {
        assertThat(TaskLedger.standing(TODAY, null, TODAY)).isEqualTo(TaskLedger.Standing.UPCOMING);
        assertThat(TaskLedger.standing(TODAY, TaskState.NEED_HELP, TODAY)).isEqualTo(TaskLedger.Standing.IN_PROGRESS);
    }
}
