package ru.roadmapbot.confirmation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.roadmapbot.agenda.Agenda;
import ru.roadmapbot.agenda.AgendaItem;
import ru.roadmapbot.people.Participant;

/**
 * Where a person's own tasks stand in the reporting window: the one definition of "overdue" and of "done", so that
 * /tasks, /schools, escalations, digests and the console count alike. The window runs from {@code overdue-days}
 * before today to the end of the agenda's horizon; events are attended, not done, so they are not counted.
 */
@Service
@Transactional(readOnly = true)
public class TaskLedger {

    /** The days counted, both inclusive. */
    public record Window(LocalDate from, LocalDate to) {
    }

    /** Where an occurrence stands. */
    public enum Standing {
        /** Reported done (approved or not yet). */
        DONE,
        /** Due today or later, and a status was reported: in progress, help asked, returned. */
        IN_PROGRESS,
        /** Its due day has passed and it is not done, whatever else was reported. */
        OVERDUE,
        /** Due today or later, nothing reported yet. */
        UPCOMING
    }

    /** One occurrence and where it stands; {@code state} is the last status reported, or null. */
    public record Entry(AgendaItem item, TaskState state, Standing standing) {
    }

    /** A person's entries over the window. */
    public record Ledger(Window window, List<Entry> entries) {

        public Ledger {
            entries = List.copyOf(entries);
        }

        public List<AgendaItem> overdue() {
            return entries.stream().filter(e -> e.standing() == Standing.OVERDUE).map(Entry::item).toList();
        }

        public long count(Standing standing) {
            return entries.stream().filter(e -> e.standing() == standing).count();
        }
    }

    private final Agenda agenda;
    private final TaskStatuses statuses;

    TaskLedger(Agenda agenda, TaskStatuses statuses) {
        this.agenda = agenda;
        this.statuses = statuses;
    }

    public Window window(LocalDate today) {
        return new Window(today.minusDays(agenda.settings().overdueDays()),
                today.plusDays(agenda.settings().horizonDays() - 1L));
    }

    public Ledger of(Participant participant, LocalDate today) {
        Window window = window(today);
        Map<TaskStatuses.Key, TaskState> states = statuses.ofParticipant(participant.getId());
        List<Entry> entries = new ArrayList<>();
        for (AgendaItem item : agenda.between(participant, window.from(), window.to())) {
            if (item.event() || !item.ownTask()) {
                continue;
            }
            TaskState state = states.get(new TaskStatuses.Key(item.activityId(), item.due(), participant.getId()));
            entries.add(new Entry(item, state, standing(item.due(), state, today)));
        }
        return new Ledger(window, entries);
    }

    /** What the person still owes: overdue and not done. */
    public List<AgendaItem> overdue(Participant participant, LocalDate today) {
        return of(participant, today).overdue();
    }

    public static Standing standing(LocalDate due, TaskState state, LocalDate today) {
        if (state != null && state.finished()) {
            return Standing.DONE;
        }
        if (due.isBefore(today)) {
            return Standing.OVERDUE;
        }
        return state == null ? Standing.UPCOMING : Standing.IN_PROGRESS;
    }
}
