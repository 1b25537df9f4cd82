package ru.roadmapbot.reminder;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.roadmapbot.agenda.Agenda;
import ru.roadmapbot.agenda.AgendaItem;
import ru.roadmapbot.confirmation.SchoolProgress;
import ru.roadmapbot.confirmation.TaskLedger;
import ru.roadmapbot.messenger.SafeHtml;
import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.people.Participant;
import ru.roadmapbot.people.Participants;
import ru.roadmapbot.people.Role;
import ru.roadmapbot.people.Scope;

/**
 * Monday 09:00 local: coordinators get each school of their territory with its done / in progress / overdue over the
 * reporting window (dates named) and the overdue list; people who
 * chose the weekly digest get their week and what is overdue instead of single reminders. Once a week per person
 * (the dedup key is the week), so a digest missed while the app was down goes out when it is back, that week.
 */
@Service
public class WeeklyDigests {

    static final int OVERDUE_SHOWN = 15;

    private final Participants participants;
    private final Agenda agenda;
    private final TaskLedger ledger;
    private final SchoolProgress progress;
    private final Notices notices;
    private final Outbox outbox;
    private final Texts texts;
    private final Clock clock;

    WeeklyDigests(Participants participants, Agenda agenda, TaskLedger ledger, SchoolProgress progress, Notices notices,
                  Outbox outbox, Texts texts, Clock clock) {
        this.participants = participants;
        this.agenda = agenda;
        this.ledger = ledger;
        this.progress = progress;
        this.notices = notices;
        this.outbox = outbox;
        this.texts = texts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public int send() {
        Instant now = clock.instant();
        int sent = 0;
        // coordinators of one territory see the same schools: worked out once a day and territory, not per person
        Map<String, SchoolProgress.Report> progressOn = new HashMap<>();
        for (Participant participant : participants.all()) {
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
            LocalDate today = local.toLocalDate();
            Scope scope = participants.scopeOf(participant);
            String text = coordinator ? schools(participant, today,
                    progressOn.computeIfAbsent(today + "|" + scope, k -> progress.schools(scope, today)))
                    : personal(participant, today);
            if (notices.send(participant, key, text, List.of())) {
                sent++;
            }
        }
        return sent;
    }

    /** Per school: what is done, in progress and overdue over the last weeks, and the overdue tasks. */
    private String schools(Participant coordinator, LocalDate today, SchoolProgress.Report progress) {
        String language = coordinator.getLanguage();
        List<SchoolProgress.School> schools = progress.schools().stream().filter(s -> !s.directors().isEmpty()).toList();
        StringBuilder text = new StringBuilder(texts.get(language, "digest.coordinator.title", today,
                progress.window().from(), progress.window().to()));
        if (schools.isEmpty()) {
            text.append("\n\n").append(texts.get(language, "digest.coordinator.no-schools"));
        }
        List<String> overdue = new ArrayList<>();
        for (SchoolProgress.School school : schools) {
            text.append('\n').append(texts.get(language, "digest.coordinator.school", school.name(), school.done(),
                    school.inProgress(), school.overdue().size()));
            school.overdue().forEach(item -> overdue.add(texts.get(language, "digest.overdue.school-line", school.name(),
                    new SafeHtml(line(language, item)))));
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

    /** The week ahead and what is overdue, for someone who prefers one message a week. */
    private String personal(Participant participant, LocalDate today) {
        String language = participant.getLanguage();
        StringBuilder text = new StringBuilder(texts.get(language, "digest.personal.title", today, today.plusDays(6)));
        List<AgendaItem> overdue = ledger.overdue(participant, today);
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

    private String line(String language, AgendaItem item) {
        return texts.get(language, "digest.line", texts.task(language, item.roadmap(), item.numberedTitle()), item.due());
    }

}
