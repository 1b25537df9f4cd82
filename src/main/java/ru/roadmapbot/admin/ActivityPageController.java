package ru.roadmapbot.admin;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import ru.roadmapbot.confirmation.ProgressMatrix;
import ru.roadmapbot.confirmation.TaskHistory;
import ru.roadmapbot.confirmation.TaskLedger;
import ru.roadmapbot.confirmation.TaskState;
import ru.roadmapbot.confirmation.TaskStatuses;
import ru.roadmapbot.people.ActivityAudience;
import ru.roadmapbot.people.Organization;
import ru.roadmapbot.people.Organizations;
import ru.roadmapbot.people.Participant;
import ru.roadmapbot.people.Participants;
import ru.roadmapbot.reminder.ReminderLog;
import ru.roadmapbot.roadmap.Activity;
import ru.roadmapbot.roadmap.Roadmap;
import ru.roadmapbot.roadmap.Roadmaps;
import ru.roadmapbot.schedule.Occurrence;
import ru.roadmapbot.schedule.Occurrences;
import ru.roadmapbot.territory.Territories;

/**
 * An activity at one school, the page a matrix cell opens: each occurrence with its state, and the history of the
 * reminders sent, the statuses and comments, the proof files (to download), the reviews and the escalations. Every
 * id in the address must be of the account's territory, or the answer is 404.
 */
@Controller
class ActivityPageController {

    private final Roadmaps roadmaps;
    private final Organizations organizations;
    private final Participants participants;
    private final ActivityAudience audience;
    private final TaskStatuses statuses;
    private final TaskHistory history;
    private final ReminderLog reminders;
    private final Territories territories;
    private final ConsoleScopes scopes;
    private final ConsoleDates dates;

    ActivityPageController(Roadmaps roadmaps, Organizations organizations, Participants participants,
                           ActivityAudience audience, TaskStatuses statuses, TaskHistory history, ReminderLog reminders,
                           Territories territories, ConsoleScopes scopes, ConsoleDates dates) {
        this.roadmaps = roadmaps;
        this.organizations = organizations;
        this.participants = participants;
        this.audience = audience;
        this.statuses = statuses;
        this.history = history;
        this.reminders = reminders;
        this.territories = territories;
        this.scopes = scopes;
        this.dates = dates;
    }

    /** An occurrence of the activity and what the school reported for it. */
    record OccurrenceLine(LocalDate start, LocalDate due, String stateKey, TaskState reported) {
    }

    /** A line of the history, with the person's name and the time in the console's zone. */
    record HistoryLine(ZonedDateTime at, String who, String whatKey, LocalDate due, String comment) {
    }

    @GetMapping("/admin/roadmaps/{roadmapId}/activities/{activityId}/schools/{schoolId}")
    @Transactional(readOnly = true)
    String page(@PathVariable Long roadmapId, @PathVariable Long activityId, @PathVariable Long schoolId,
                @AuthenticationPrincipal ConsoleUser user, Model model) {
        Roadmap roadmap = scopes.visible(user, roadmaps.roadmap(roadmapId).orElseThrow(ConsoleScopes::notFound));
        Activity activity = roadmaps.activity(activityId).filter(a -> a.getRoadmap().getId().equals(roadmap.getId()))
                .orElseThrow(ConsoleScopes::notFound);
        Organization school = organizations.byId(schoolId).orElseThrow(ConsoleScopes::notFound);
        scopes.check(user, school.getTerritoryId());
        if (!territories.covers(roadmap.getTerritoryId(), school.getTerritoryId())) {
            throw ConsoleScopes.notFound();
        }
        List<Participant> directors = participants.directorsOf(schoolId);
        List<Long> ids = directors.stream().map(Participant::getId).toList();
        Map<Long, String> names = new HashMap<>();
        directors.forEach(d -> names.put(d.getId(), d.getDisplayName()));
        TaskHistory.Of happened = history.of(activityId, ids);
        model.addAttribute("roadmap", roadmap);
        model.addAttribute("activity", activity);
        model.addAttribute("school", school);
        model.addAttribute("concerns", audience.concernsSchool(activity, school));
        model.addAttribute("directors", directors);
        model.addAttribute("occurrences", occurrences(activity, roadmap, ids));
        model.addAttribute("history", lines(happened, names));
        model.addAttribute("proofs", happened.proofs());
        model.addAttribute("reminders", reminders.of(activityId, ids).stream().map(r -> new HistoryLine(
                r.fireAt().atZone(dates.zone()), names.get(r.participantId()), r.kindKey(), r.dueDate(), r.stateKey())).toList());
        return "activity";
    }

    private List<OccurrenceLine> occurrences(Activity activity, Roadmap roadmap, List<Long> directors) {
        ConsoleDates.Period year = dates.period(null, null, roadmap);
        LocalDate today = dates.today();
        Map<TaskStatuses.Key, TaskState> reported = statuses.ofParticipants(directors);
        List<OccurrenceLine> lines = new ArrayList<>();
        for (Occurrence occurrence : Occurrences.expand(activity.schedule(), year.from(), year.to())) {
            TaskState state = directors.stream().map(id -> reported.get(new TaskStatuses.Key(activity.getId(), occurrence.due(), id)))
                    .filter(s -> s != null).findFirst().orElse(null);
            lines.add(new OccurrenceLine(occurrence.start(), occurrence.due(), ProgressMatrix.stateOf(
                    TaskLedger.standing(occurrence.due(), state, today), state).messageKey(), state));
        }
        return lines;
    }

    private List<HistoryLine> lines(TaskHistory.Of happened, Map<Long, String> names) {
        List<HistoryLine> lines = new ArrayList<>();
        for (TaskHistory.Entry entry : happened.entries()) {
            String who = entry.actorId().equals(entry.reporterId()) ? names.get(entry.reporterId())
                    : participants.byId(entry.actorId()).map(Participant::getDisplayName).orElse(null);
            lines.add(new HistoryLine(entry.at().atZone(dates.zone()), who, entry.state().messageKey(), entry.dueDate(),
                    entry.comment()));
        }
        for (TaskHistory.Escalated escalated : happened.escalations()) {
            lines.add(new HistoryLine(escalated.at().atZone(dates.zone()), names.get(escalated.participantId()),
                    "history.escalated." + escalated.level().name().toLowerCase(), escalated.dueDate(), null));
        }
        lines.sort(Comparator.comparing(HistoryLine::at));
        return lines;
    }

    /** A proof file, to the accounts whose territory the person who sent it belongs to; 404 to anyone else. */
    @GetMapping("/admin/proofs/{id}")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> proof(@PathVariable Long id, @AuthenticationPrincipal ConsoleUser user) {
        TaskHistory.OwnedProof proof = history.proof(id).orElseThrow(ConsoleScopes::notFound);
        Participant reporter = participants.byId(proof.reporterId()).orElseThrow(ConsoleScopes::notFound);
        scopes.check(user, reporter.territoryId());
        MediaType type;
        try {
            type = proof.file().getContentType() == null ? MediaType.APPLICATION_OCTET_STREAM
                    : MediaType.parseMediaType(proof.file().getContentType());
        } catch (IllegalArgumentException e) {
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        return Downloads.attachment(proof.file().getContent(), proof.file().getFileName(), type);
    }
}
