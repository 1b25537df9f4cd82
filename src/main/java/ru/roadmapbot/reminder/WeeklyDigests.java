package ru.roadmapbot.reminder;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.roadmapbot.agenda.Agenda;
import ru.roadmapbot.agenda.AgendaItem;
import ru.roadmapbot.confirmation.TaskState;
import ru.roadmapbot.confirmation.TaskStatuses;
import ru.roadmapbot.messenger.SafeHtml;
import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.people.Participant;
import ru.roadmapbot.people.Participants;
import ru.roadmapbot.people.Role;

/**
 * Monday 09:00 local: coordinators get each school's done / in progress / overdue and the overdue list; people who
 * chose the weekly digest get their week and what is overdue instead of single reminders. Once a week per person
 * (the dedup key is the week), so a digest missed while the app was down goes out when it is back, that week.
 */
@Service
public class WeeklyDigests {

    static final int LOOKBACK_DAYS = 30;
    static final int OVERDUE_SHOWN = 15;

    private final Participants participants;
    private final Agenda agenda;
    private final TaskStatuses statuses;
    private final Notices notices;
    private final Outbox outbox;
    private final Texts texts;
    private final Clock clock;

    WeeklyDigests(Participants participants, Agenda agenda, TaskStatuses statuses, Notices notices, Outbox outbox,
                  Texts texts, Clock clock) {
        this.participants = participants;
        this.agenda = agenda;
        this.statuses = statuses;
        this.notices = notices;
        this.outbox = outbox;
        this.texts = texts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public int send() {
        Instant now = clock.instant();
        int sent = 0;
        List<Participant> everyone = participants.all();
        for (Participant participant : everyone) {
            boolean coordinator = participant.getRole() == Role.MUNICIPAL_COORDINATOR || participant.getRole() == Role.REGIONAL_COORDINATOR;
            if (!participant.canBeMessaged() || (!coordinator && !participant.isWeeklyDigest())) {
                continue;
            }
            ZoneId zone = participants.zoneOf(participant);
            LocalDateTime local = LocalDateTime.ofInstant(now, zone);
            LocalDate monday = local.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            if (local.isBefore(monday.atTime(ReminderPolicy.MORNING))) {
                continue;
            }
            String key = "digest:" + participant.getId() + ":" + monday;
            if (outbox.exists(key)) {
                continue;
            }
            String text = coordinator ? schools(participant, everyone, local.toLocalDate()) : personal(participant, local.toLocalDate());
            if (notices.send(participant, key, text, List.of())) {
                sent++;
            }
        }
        return sent;
    }

    private record Counts(int done, int inProgress, int overdue, List<String> overdueLines) {
    }

    /** Per school of a registered director: what is done, in progress and overdue over the last weeks. */
    String schools(Participant coordinator, List<Participant> everyone, LocalDate today) {
        String language = coordinator.getLanguage();
        Map<String, Counts> bySchool = new TreeMap<>();
        for (Participant director : everyone) {
            if (director.getRole() != Role.DIRECTOR || director.getOrganization() == null) {
                continue;
            }
            Counts counts = counts(director, today, language);
            bySchool.merge(director.getOrganization().getName(), counts, (a, b) -> new Counts(a.done() + b.done(),
                    a.inProgress() + b.inProgress(), a.overdue() + b.overdue(), concat(a.overdueLines(), b.overdueLines())));
        }
        StringBuilder text = new StringBuilder(texts.get(language, "digest.coordinator.title", today));
        if (bySchool.isEmpty()) {
            text.append("\n\n").append(texts.get(language, "digest.coordinator.no-schools"));
        }
        List<String> overdue = new ArrayList<>();
        for (Map.Entry<String, Counts> school : bySchool.entrySet()) {
            Counts c = school.getValue();
            text.append('\n').append(texts.get(language, "digest.coordinator.school", school.getKey(), c.done(), c.inProgress(), c.overdue()));
            c.overdueLines().forEach(line -> overdue.add(texts.get(language, "digest.overdue.school-line", school.getKey(), new SafeHtml(line))));
        }
        if (!overdue.isEmpty()) {
            text.append("\n\n").append(texts.get(language, "digest.overdue.title"));
            overdue.stream().limit(OVERDUE_SHOWN).forEach(line -> text.append('\n').append(line));
            if (overdue.size() > OVERDUE_SHOWN) {
                text.append('\n').append(texts.get(language, "digest.more", overdue.size() - OVERDUE_SHOWN));
            }
        }
        return text.toString();
    }

    private Counts counts(Participant director, LocalDate today, String language) {
        Map<TaskStatuses.Key, TaskState> states = statuses.ofParticipant(director.getId());
        int done = 0;
        int inProgress = 0;
        List<String> overdue = new ArrayList<>();
        for (AgendaItem item : agenda.between(director, today.minusDays(LOOKBACK_DAYS), today.plusDays(6))) {
            if (item.event() || !item.ownTask()) {
                continue;
            }
            TaskState state = states.get(new TaskStatuses.Key(item.activityId(), item.due(), director.getId()));
            if (state != null && state.finished()) {
                done++;
            } else if (item.due().isBefore(today)) {
                overdue.add(line(language, item));
            } else if (state != null) {
                inProgress++;
            }
        }
        return new Counts(done, inProgress, overdue.size(), overdue);
    }

    /** The week ahead and what is overdue, for someone who prefers one message a week. */
    String personal(Participant participant, LocalDate today) {
        String language = participant.getLanguage();
        Map<TaskStatuses.Key, TaskState> states = statuses.ofParticipant(participant.getId());
        StringBuilder text = new StringBuilder(texts.get(language, "digest.personal.title", today, today.plusDays(6)));
        List<AgendaItem> overdue = agenda.pastDue(participant, today).stream().filter(i -> i.ownTask() && !i.event())
                .filter(i -> !finished(states, i, participant)).toList();
        if (!overdue.isEmpty()) {
            text.append("\n\n").append(texts.get(language, "digest.overdue.title"));
            overdue.forEach(item -> text.append('\n').append(line(language, item)));
        }
        List<AgendaItem> week = agenda.between(participant, today, today.plusDays(6));
        text.append("\n\n").append(texts.get(language, "digest.personal.week"));
        if (week.isEmpty()) {
            text.append('\n').append(texts.get(language, "tasks.week.empty"));
        }
        week.forEach(item -> text.append('\n').append(line(language, item)));
        return text.toString();
    }

    private static boolean finished(Map<TaskStatuses.Key, TaskState> states, AgendaItem item, Participant participant) {
        TaskState state = states.get(new TaskStatuses.Key(item.activityId(), item.due(), participant.getId()));
        return state != null && state.finished();
    }

    private String line(String language, AgendaItem item) {
        return texts.get(language, "digest.line", (item.number() == null ? "" : item.number() + " ") + item.title(), item.due());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
