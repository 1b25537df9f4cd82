package ru.roadmapbot.reminder;

import java.time.LocalTime;
import java.util.List;

import org.springframework.stereotype.Component;

import ru.roadmapbot.confirmation.TaskState;
import ru.roadmapbot.messenger.Button;
import ru.roadmapbot.messenger.OutgoingMessage;
import ru.roadmapbot.messenger.SafeHtml;
import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.roadmap.Activity;

/**
 * The text and buttons of a reminder in the person's language: what is due and when, the expected result, the
 * status so far, and for tasks the one-tap answers (events need no "done").
 */
@Component
class ReminderComposer {

    static final String ACTION = "st";

    private final Texts texts;

    ReminderComposer(Texts texts) {
        this.texts = texts;
    }

    OutgoingMessage compose(Reminder reminder, Activity activity, String language, TaskState state, boolean late) {
        StringBuilder text = new StringBuilder(headline(reminder, activity, language));
        if (activity.getExpectedResult() != null && !activity.getExpectedResult().isBlank()) {
            text.append('\n').append(texts.get(language, "reminder.expected", activity.getExpectedResult()));
        }
        if (state != null) {
            text.append("\n\n").append(status(language, state));
        }
        if (late) {
            text.append("\n\n").append(texts.get(language, "reminder.late"));
        }
        return new OutgoingMessage(text.toString(), activity.isEvent() ? List.of() : buttons(reminder.getId(), language, state));
    }

    String status(String language, TaskState state) {
        return texts.get(language, "reminder.status", state.mark(), texts.plain(language, state.messageKey()));
    }

    private String headline(Reminder reminder, Activity activity, String language) {
        SafeHtml title = texts.task(language, activity.getRoadmap().shortName(), activity.numberedTitle());
        List<LocalTime> times = activity.schedule().times();
        String at = times.isEmpty() ? "" : texts.get(language, "reminder.at", times.get(0).toString());
        String key = switch (reminder.kind()) {
            case DEADLINE -> reminder.days() == 0 ? "reminder.deadline.today"
                    : reminder.days() == 1 ? "reminder.deadline.tomorrow" : "reminder.deadline.ahead";
            case PERIOD_START -> "reminder.period.start";
            case PERIOD_ENDING -> "reminder.period.ending";
            case CHECK_IN -> "reminder.check-in";
            case EVENT_EVE -> "reminder.event.eve";
            case EVENT_DAY -> "reminder.event.day";
            case SNOOZE -> "reminder.snooze";
        };
        return texts.get(language, key, title, reminder.getDueDate(), reminder.days(), new SafeHtml(at));
    }

    /**
     * The answers that still make sense: none once done; without "В работе" once in progress, without "Нужна
     * помощь" once help was asked (the curator already has the request).
     */
    private List<List<Button>> buttons(Long reminderId, String language, TaskState state) {
        return StatusButtons.rows(state, answer -> new Button(texts.plain(language, answer.labelKey()), ACTION,
                reminderId + ":" + answer.code()), new Button(texts.plain(language, "reminder.button.later"), ACTION,
                reminderId + ":l"));
    }
}
