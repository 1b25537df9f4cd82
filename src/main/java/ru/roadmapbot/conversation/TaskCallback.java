package ru.roadmapbot.conversation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import ru.roadmapbot.agenda.Agenda;
import ru.roadmapbot.agenda.AgendaItem;
import ru.roadmapbot.confirmation.Confirmations;
import ru.roadmapbot.confirmation.TaskState;
import ru.roadmapbot.confirmation.TaskStatus;
import ru.roadmapbot.confirmation.TaskStatuses;
import ru.roadmapbot.messenger.Button;
import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.people.Participant;
import ru.roadmapbot.reminder.StatusButtons;
import ru.roadmapbot.roadmap.Roadmaps;

/**
 * A task opened from /tasks or /week: what it is, when, what is expected and its status, with the answers that
 * still make sense and a way back to the list. An answer is recorded as from a reminder (only on the person's own
 * occurrence, which {@link Confirmations#reportOwn} checks), the task redrawn in place, and for "done" and "help"
 * the bot asks for a comment or proof.
 */
@Component
class TaskCallback implements CallbackHandler {

    static final String ACTION = "tk";
    static final String OPEN = "o";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final Agenda agenda;
    private final Roadmaps roadmaps;
    private final Confirmations confirmations;
    private final TaskStatuses statuses;
    private final TaskListView lists;
    private final StatusFollowUp followUp;
    private final Texts texts;

    TaskCallback(Agenda agenda, Roadmaps roadmaps, Confirmations confirmations, TaskStatuses statuses,
                 TaskListView lists, StatusFollowUp followUp, Texts texts) {
        this.agenda = agenda;
        this.roadmaps = roadmaps;
        this.confirmations = confirmations;
        this.statuses = statuses;
        this.lists = lists;
        this.followUp = followUp;
        this.texts = texts;
    }

    /** "123:20220322:o:t0": activity 123 due 22.03.2022, open it, from page 0 of /tasks. */
    static String payload(Long activityId, LocalDate due, String code, String back) {
        return activityId + ":" + DAY.format(due) + ":" + code + ":" + back;
    }

    @Override
    public String action() {
        return ACTION;
    }

    @Override
    public Reply handle(Conversation conversation, String payload) {
        Participant participant = conversation.participant();
        String language = conversation.language();
        String[] parts = payload.split(":");
        if (parts.length != 4 || !parts[0].matches("\\d{1,18}")) {
            return Reply.none().withToast(texts.plain(language, "bot.button.refused"));
        }
        LocalDate due;
        try {
            due = LocalDate.parse(parts[1], DAY);
        } catch (DateTimeParseException e) {
            return Reply.none().withToast(texts.plain(language, "bot.button.refused"));
        }
        Long activityId = Long.valueOf(parts[0]);
        String back = parts[3];
        if ("l".equals(parts[2])) {
            return lists.list(participant, back).inPlace();
        }
        Optional<AgendaItem> item = agenda.ownOccurrence(participant, activityId, due).filter(found -> !found.event());
        if (item.isEmpty()) {
            return lists.list(participant, back).inPlace().withToast(texts.plain(language, "tasks.gone"));
        }
        if (OPEN.equals(parts[2])) {
            TaskState state = statuses.of(activityId, due, participant.getId()).map(TaskStatus::getState).orElse(null);
            return view(language, participant, item.get(), state, back).inPlace();
        }
        StatusButtons.Answer answer = StatusButtons.Answer.ofCode(parts[2]);
        Optional<TaskStatus> status = answer == null ? Optional.empty()
                : confirmations.reportOwn(participant, activityId, due, answer.state());
        if (status.isEmpty()) {
            return Reply.none().withToast(texts.plain(language, "bot.button.refused"));
        }
        Reply edited = view(language, participant, item.get(), status.get().getState(), back).inPlace()
                .withToast(texts.plain(language, "reminder.toast.recorded"));
        return followUp.after(conversation, edited, status.get().getState(), status.get().getId());
    }

    private Reply view(String language, Participant participant, AgendaItem item, TaskState state, String back) {
        StringBuilder text = new StringBuilder(texts.get(language, "tasks.open.title",
                texts.task(language, item.roadmap(), item.numberedTitle())));
        String when = lists.when(language, item, true);
        if (!when.isEmpty()) {
            text.append('\n').append(texts.get(language, "tasks.open.due", new ru.roadmapbot.messenger.SafeHtml(when)));
        }
        roadmaps.activity(item.activityId()).map(activity -> activity.getExpectedResult())
                .filter(result -> result != null && !result.isBlank())
                .ifPresent(result -> text.append('\n').append(texts.get(language, "reminder.expected", result)));
        if (state != null) {
            text.append("\n\n").append(texts.get(language, "reminder.status", state.mark(),
                    texts.plain(language, state.messageKey())));
        }
        List<List<Button>> keyboard = new ArrayList<>(StatusButtons.rows(state, answer -> new Button(
                texts.plain(language, answer.labelKey()), ACTION, payload(item.activityId(), item.due(), answer.code(), back)),
                null));
        keyboard.add(List.of(new Button(texts.plain(language, "tasks.back"), ACTION,
                payload(item.activityId(), item.due(), "l", back))));
        return Reply.withButtons(text.toString(), keyboard);
    }
}
