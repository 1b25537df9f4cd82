package ru.roadmapbot.telegram;

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
 * "My tasks": what is overdue and what is due in the next days, grouped by date, a page at a time with buttons to
 * turn pages. Dates are the participant's local dates.
 */
@Component
class TaskListView {

    static final int PAGE_SIZE = 8;

    private final Agenda agenda;
    private final TaskStatuses statuses;
    private final Participants participants;
    private final Texts texts;
    private final Clock clock;

    TaskListView(Agenda agenda, TaskStatuses statuses, Participants participants, Texts texts, Clock clock) {
        this.agenda = agenda;
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
        // overdue = past its due day and not done; events that took place are not overdue
        agenda.pastDue(participant, today).stream().filter(item -> !item.event())
                .filter(item -> !marks.finished(item)).forEach(item -> lines.add(new Line(item, true, marks.of(item))));
        agenda.upcoming(participant, today).forEach(item -> lines.add(new Line(item, false, marks.of(item))));
        String language = participant.getLanguage();
        String title = texts.get(language, "tasks.title", agenda.settings().horizonDays());
        if (lines.isEmpty()) {
            return Reply.text(title + "\n\n" + texts.get(language, "tasks.empty"));
        }
        return page(language, title, lines, page, "tasks");
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
        return page(language, title, lines, page, "week");
    }

    private record Line(AgendaItem item, boolean overdue, TaskState state) {
    }

    /** Status marks: one's own statuses, and for a curator's schools the statuses their directors reported. */
    private record Marks(Long participantId, Map<TaskStatuses.Key, TaskState> own, Map<String, Map<String, TaskState>> bySchool) {

        TaskState of(AgendaItem item) {
            if (item.ownTask()) {
                return own.get(new TaskStatuses.Key(item.activityId(), item.due(), participantId));
            }
            return bySchool.getOrDefault(item.school(), Map.of()).get(item.activityId() + "|" + item.due());
        }

        boolean finished(AgendaItem item) {
            TaskState state = of(item);
            return state != null && state.finished();
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

    private Reply page(String language, String title, List<Line> lines, int requested, String action) {
        int pages = (lines.size() + PAGE_SIZE - 1) / PAGE_SIZE;
        int page = Math.max(0, Math.min(requested, pages - 1));
        StringBuilder text = new StringBuilder(title);
        if (pages > 1) {
            text.append(' ').append(texts.get(language, "tasks.page", page + 1, pages));
        }
        String heading = null;
        DateTimeFormatter dayFormat = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Texts.locale(language));
        for (Line line : lines.subList(page * PAGE_SIZE, Math.min(lines.size(), (page + 1) * PAGE_SIZE))) {
            String lineHeading = line.overdue() ? texts.get(language, "tasks.overdue")
                    : "<b>" + Html.escape(dayFormat.format(line.item().due())) + "</b>";
            if (!Objects.equals(lineHeading, heading)) {
                text.append("\n\n").append(lineHeading);
                heading = lineHeading;
            }
            text.append('\n').append(item(language, line));
        }
        List<Button> row = new ArrayList<>();
        if (page > 0) {
            row.add(new Button(texts.plain(language, "tasks.previous"), action, String.valueOf(page - 1)));
        }
        if (page < pages - 1) {
            row.add(new Button(texts.plain(language, "tasks.next"), action, String.valueOf(page + 1)));
        }
        return Reply.withButtons(text.toString(), row.isEmpty() ? List.of() : List.of(row));
    }

    private String item(String language, Line line) {
        AgendaItem item = line.item();
        String when = switch (item.occurrence().kind()) {
            case DEADLINE -> texts.get(language, "tasks.item.deadline", item.due());
            case DAY -> line.overdue() ? texts.get(language, "tasks.item.day", item.due()) : "";
            case PERIOD -> texts.get(language, "tasks.item.period", item.occurrence().start(), item.due());
        };
        String school = item.ownTask() ? "" : texts.get(language, "tasks.item.school", item.school());
        String key = item.occurrence().kind() == OccurrenceKind.DAY && !line.overdue() ? "tasks.item.plain" : "tasks.item";
        String mark = line.state() == null ? "" : " " + line.state().mark();
        return texts.get(language, key, item.numberedTitle(), new SafeHtml(when), new SafeHtml(school + mark));
    }
}
