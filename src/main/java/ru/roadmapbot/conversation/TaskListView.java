package ru.roadmapbot.conversation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

import ru.roadmapbot.agenda.Agenda;
import ru.roadmapbot.agenda.AgendaItem;
import ru.roadmapbot.confirmation.TaskLedger;
import ru.roadmapbot.confirmation.TaskState;
import ru.roadmapbot.confirmation.TaskStatuses;
import ru.roadmapbot.messenger.Button;
import ru.roadmapbot.messenger.Html;
import ru.roadmapbot.messenger.SafeHtml;
import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.people.Participant;
import ru.roadmapbot.people.Participants;
import ru.roadmapbot.people.Role;
import ru.roadmapbot.schedule.OccurrenceKind;

/**
 * "My tasks": what is overdue ({@link TaskLedger}'s one definition) and what is due in the next days, grouped by
 * date, a page at a time. Each of the person's own tasks on the page has a numbered button that opens it with its
 * answers, so work can be confirmed from the list as well as from a reminder. A curator sees each school task once,
 * with the schools it is for and what each reported. Dates are the participant's local dates.
 */
@Component
class TaskListView {

    static final int PAGE_SIZE = 8;
    /** Where a task opened from a list goes back to: "t" for /tasks, "w" for /week, and the page. */
    static final String TASKS = "t";
    static final String WEEK = "w";

    private final Agenda agenda;
    private final TaskLedger ledger;
    private final TaskStatuses statuses;
    private final Participants participants;
    private final Texts texts;
    private final Clock clock;

    TaskListView(Agenda agenda, TaskLedger ledger, TaskStatuses statuses, Participants participants, Texts texts,
                 Clock clock) {
        this.agenda = agenda;
        this.ledger = ledger;
        this.statuses = statuses;
        this.participants = participants;
        this.texts = texts;
        this.clock = clock;
    }

    LocalDate today(Participant participant) {
        return LocalDate.now(clock.withZone(participants.zoneOf(participant)));
    }

    /** Overdue and upcoming tasks, page {@code page} (0-based). */
    Reply tasks(Participant participant, int page) {
        LocalDate today = today(participant);
        List<Line> lines = new ArrayList<>();
        Marks marks = marks(participant);
        ledger.overdue(participant, today).forEach(item -> lines.add(new Line(item, true, marks.of(item))));
        // a curator's schools: overdue while any of them has not finished it; events that took place are not overdue
        agenda.between(participant, ledger.window(today).from(), today.minusDays(1)).stream()
                .filter(item -> !item.ownTask() && !item.event() && !marks.allFinished(item))
                .forEach(item -> lines.add(new Line(item, true, null)));
        agenda.upcoming(participant, today).forEach(item -> lines.add(new Line(item, false, marks.of(item))));
        String language = participant.getLanguage();
        String title = texts.get(language, "tasks.title", agenda.settings().horizonDays());
        if (lines.isEmpty()) {
            return Reply.text(title + "\n\n" + texts.get(language, "tasks.empty"));
        }
        return page(language, title, lines, marks, page, TASKS);
    }

    /** This week, Monday to Sunday, in the participant's zone. */
    Reply week(Participant participant, int page) {
        LocalDate today = today(participant);
        LocalDate monday = today.minusDays(today.getDayOfWeek().getValue() - 1L);
        Marks marks = marks(participant);
        List<Line> lines = agenda.between(participant, monday, monday.plusDays(6)).stream()
                .map(item -> new Line(item, false, marks.of(item))).toList();
        String language = participant.getLanguage();
        String title = texts.get(language, "tasks.week.title", monday, monday.plusDays(6));
        if (lines.isEmpty()) {
            return Reply.text(title + "\n\n" + texts.get(language, "tasks.week.empty"));
        }
        return page(language, title, lines, marks, page, WEEK);
    }

    /** The list a task was opened from, to go back to. */
    Reply list(Participant participant, String back) {
        int page = back.length() > 1 && back.substring(1).matches("\\d{1,3}") ? Integer.parseInt(back.substring(1)) : 0;
        return back.startsWith(WEEK) ? week(participant, page) : tasks(participant, page);
    }

    private record Line(AgendaItem item, boolean overdue, TaskState state) {

        /** Only one's own tasks are answered; events are attended, not done. */
        boolean answerable() {
            return item.ownTask() && !item.event();
        }
    }

    /** Status marks: one's own statuses, and for a curator's schools the statuses their directors reported. */
    private record Marks(Long participantId, Map<TaskStatuses.Key, TaskState> own, Map<String, Map<String, TaskState>> bySchool) {

        TaskState of(AgendaItem item) {
            return item.ownTask() ? own.get(new TaskStatuses.Key(item.activityId(), item.due(), participantId)) : null;
        }

        TaskState ofSchool(AgendaItem item, String school) {
            return bySchool.getOrDefault(school, Map.of()).get(item.activityId() + "|" + item.due());
        }

        boolean allFinished(AgendaItem item) {
            return item.schools().stream().allMatch(school -> {
                TaskState state = ofSchool(item, school);
                return state != null && state.finished();
            });
        }
    }

    /** The person's own statuses and, for a curator, what the directors of their schools reported (one query). */
    private Marks marks(Participant participant) {
        Map<String, Map<String, TaskState>> bySchool = new HashMap<>();
        if (!participant.getCuratedSchools().isEmpty()) {
            Map<Long, String> schoolOf = new HashMap<>();
            for (Participant director : participants.withRole(Role.DIRECTOR)) {
                if (director.getOrganization() != null && participant.accompanies(director.getOrganization())) {
                    schoolOf.put(director.getId(), director.getOrganization().getName());
                }
            }
            statuses.ofParticipants(schoolOf.keySet()).forEach((key, state) -> bySchool
                    .computeIfAbsent(schoolOf.get(key.participantId()), k -> new HashMap<>())
                    .merge(key.activityId() + "|" + key.dueDate(), state, (a, b) -> a.finished() ? a : b));
        }
        return new Marks(participant.getId(), statuses.ofParticipant(participant.getId()), bySchool);
    }

    private Reply page(String language, String title, List<Line> lines, Marks marks, int requested, String list) {
        int pages = (lines.size() + PAGE_SIZE - 1) / PAGE_SIZE;
        int page = Math.max(0, Math.min(requested, pages - 1));
        StringBuilder text = new StringBuilder(title);
        if (pages > 1) {
            text.append(' ').append(texts.get(language, "tasks.page", page + 1, pages));
        }
        String heading = null;
        DateTimeFormatter dayFormat = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Texts.locale(language));
        List<Button> answerable = new ArrayList<>();
        int number = 0;
        for (Line line : lines.subList(page * PAGE_SIZE, Math.min(lines.size(), (page + 1) * PAGE_SIZE))) {
            String lineHeading = line.overdue() ? texts.get(language, "tasks.overdue")
                    : "<b>" + Html.escape(dayFormat.format(line.item().due())) + "</b>";
            if (!Objects.equals(lineHeading, heading)) {
                text.append("\n\n").append(lineHeading);
                heading = lineHeading;
            }
            number++;
            text.append('\n').append(item(language, line, marks, number));
            if (line.answerable()) {
                answerable.add(new Button(String.valueOf(number), TaskCallback.ACTION,
                        TaskCallback.payload(line.item().activityId(), line.item().due(), TaskCallback.OPEN, list + page)));
            }
        }
        List<List<Button>> keyboard = new ArrayList<>();
        for (int i = 0; i < answerable.size(); i += 4) {
            keyboard.add(List.copyOf(answerable.subList(i, Math.min(answerable.size(), i + 4))));
        }
        List<Button> turn = new ArrayList<>();
        String action = WEEK.equals(list) ? "week" : "tasks";
        if (page > 0) {
            turn.add(new Button(texts.plain(language, "tasks.previous"), action, String.valueOf(page - 1)));
        }
        if (page < pages - 1) {
            turn.add(new Button(texts.plain(language, "tasks.next"), action, String.valueOf(page + 1)));
        }
        if (!turn.isEmpty()) {
            keyboard.add(turn);
        }
        if (!answerable.isEmpty()) {
            text.append("\n\n").append(texts.get(language, "tasks.hint"));
        }
        return Reply.withButtons(text.toString(), keyboard);
    }

    private String item(String language, Line line, Marks marks, int number) {
        AgendaItem item = line.item();
        String when = when(language, item, line.overdue());
        StringBuilder suffix = new StringBuilder();
        if (!item.ownTask()) {
            List<String> schools = item.schools().stream().map(school -> {
                TaskState state = marks.ofSchool(item, school);
                return state == null ? school : school + " " + state.mark();
            }).toList();
            suffix.append(texts.get(language, "tasks.item.school", String.join(", ", schools)));
        } else if (line.state() != null) {
            suffix.append(' ').append(line.state().mark());
        }
        String key = item.occurrence().kind() == OccurrenceKind.DAY && !line.overdue() ? "tasks.item.plain" : "tasks.item";
        return texts.get(language, key, texts.task(language, item.roadmap(), item.numberedTitle()), new SafeHtml(when),
                new SafeHtml(suffix.toString()), number);
    }

    /** "до 01.04.2022", "14.02.2022 — 30.03.2022", or the day itself when it is not the heading already. */
    String when(String language, AgendaItem item, boolean dayShown) {
        return switch (item.occurrence().kind()) {
            case DEADLINE -> texts.get(language, "tasks.item.deadline", item.due());
            case DAY -> dayShown ? texts.get(language, "tasks.item.day", item.due()) : "";
            case PERIOD -> texts.get(language, "tasks.item.period", item.occurrence().start(), item.due());
        };
    }
}
