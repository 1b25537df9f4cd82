package ru.roadmapbot.reminder;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import ru.roadmapbot.confirmation.TaskState;
import ru.roadmapbot.messenger.Button;

/**
 * The one-tap answers under a task, wherever it is shown (a reminder, a task opened from /tasks): only those that
 * still make sense for its state. Done means nothing is left to answer; a state already reported is not offered
 * again.
 */
public final class StatusButtons {

    /** An answer a person can give about a task. */
    public enum Answer {
        DONE("d", "reminder.button.done", TaskState.DONE),
        IN_PROGRESS("w", "reminder.button.wip", TaskState.IN_PROGRESS),
        NEED_HELP("h", "reminder.button.help", TaskState.NEED_HELP);

        private final String code;
        private final String labelKey;
        private final TaskState state;

        Answer(String code, String labelKey, TaskState state) {
            this.code = code;
            this.labelKey = labelKey;
            this.state = state;
        }

        public String code() {
            return code;
        }

        public String labelKey() {
            return labelKey;
        }

        public TaskState state() {
            return state;
        }

        /** The answer a button's code stands for, or null. */
        public static Answer ofCode(String code) {
            for (Answer answer : values()) {
                if (answer.code.equals(code)) {
                    return answer;
                }
            }
            return null;
        }
    }

    private StatusButtons() {
    }

    /**
     * Rows of two buttons for the answers that make sense in {@code state}, then {@code extra} (such as "Напомнить
     * завтра") if given; nothing at all once the task is done.
     */
    public static List<List<Button>> rows(TaskState state, Function<Answer, Button> button, Button extra) {
        if (state != null && state.finished()) {
            return List.of();
        }
        List<Button> all = new ArrayList<>();
        for (Answer answer : Answer.values()) {
            if (answer.state != state) {
                all.add(button.apply(answer));
            }
        }
        if (extra != null) {
            all.add(extra);
        }
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 2) {
            rows.add(List.copyOf(all.subList(i, Math.min(all.size(), i + 2))));
        }
        return rows;
    }
}
