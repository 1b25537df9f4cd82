package ru.roadmapbot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import ru.roadmapbot.confirmation.TaskState;
import ru.roadmapbot.messenger.Button;

/** After a press a task keeps only the answers that still make sense. */
class StatusButtonsTests {

    private static List<String> codes(TaskState state) {
        return StatusButtons.rows(state, answer -> new Button(answer.name(), "st", answer.code()),
                new Button("later", "st", "l")).stream().flatMap(List::stream).map(Button::payload).toList();
    }

    @Test
    void aFreshTaskOffersEveryAnswer() {
        assertThat(codes(null)).containsExactly("d", "w", "h", "l");
    }

    @Test
    void theStateAlreadyReportedIsNotOfferedAgain() {
        assertThat(codes(TaskState.IN_PROGRESS)).containsExactly("d", "h", "l");
        assertThat(codes(TaskState.NEED_HELP)).containsExactly("d", "w", "l");
        assertThat(codes(TaskState.RETURNED)).containsExactly("d", "w", "h", "l");
    }

    @Test
    void doneLeavesNothingToAnswer() {
        assertThat(codes(TaskState.DONE)).isEmpty();
        assertThat(codes(TaskState.APPROVED)).isEmpty();
    }

    @Test
    void buttonsComeTwoToARow() {
        assertThat(StatusButtons.rows(null, answer -> new Button(answer.name(), "st", answer.code()), null))
                .extracting(List::size).containsExactly(2, 1);
    }
}
