package ru.roadmapbot.confirmation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.roadmapbot.people.ActivityAudience;
import ru.roadmapbot.people.Organization;
import ru.roadmapbot.people.Participant;
import ru.roadmapbot.people.Participants;
import ru.roadmapbot.roadmap.Activity;
import ru.roadmapbot.roadmap.Roadmap;
import ru.roadmapbot.roadmap.Roadmaps;
import ru.roadmapbot.schedule.Occurrence;
import ru.roadmapbot.schedule.Occurrences;

/**
 * A school's "справка" for a period: every occurrence of its director's activities in the roadmaps given, in each
 * roadmap's own order, numbering and sections, with its state (as the matrix counts it), when it was reported and
 * the comments.
 */
@Service
@Transactional(readOnly = true)
public class SchoolReport {

    /** One occurrence of an activity at the school. */
    public record Line(String roadmap, String section, String number, String title, String schedule, LocalDate start,
                       LocalDate due, ProgressMatrix.CellState state, Instant reportedAt, String comment,
                       String reviewComment) {
    }

    private final Roadmaps roadmaps;
    private final Participants participants;
    private final ActivityAudience audience;
    private final TaskStatuses statuses;

    SchoolReport(Roadmaps roadmaps, Participants participants, ActivityAudience audience, TaskStatuses statuses) {
        this.roadmaps = roadmaps;
        this.participants = participants;
        this.audience = audience;
        this.statuses = statuses;
    }

    public List<Line> lines(Organization school, Collection<Roadmap> of, LocalDate from, LocalDate to, LocalDate today) {
        List<Long> directors = participants.directorsOf(school.getId()).stream().map(Participant::getId).toList();
        List<Line> lines = new ArrayList<>();
        for (Roadmap roadmap : of) {
            List<Activity> activities = roadmaps.currentActivitiesOf(roadmap.getId()).stream()
                    .filter(a -> !a.isEvent() && audience.concernsSchool(a, school)).toList();
            Map<String, TaskStatus> reported = statuses.listOfActivities(activities.stream().map(Activity::getId).toList())
                    .stream().filter(s -> directors.contains(s.getParticipantId()) && s.getState() != null)
                    .collect(Collectors.toMap(s -> s.getActivityId() + "|" + s.getDueDate(), Function.identity(),
                            (a, b) -> b.getUpdatedAt().isAfter(a.getUpdatedAt()) ? b : a));
            for (Activity activity : activities) {
                for (Occurrence occurrence : Occurrences.expand(activity.schedule(), from, to)) {
                    if (occurrence.due().isBefore(from) || occurrence.due().isAfter(to)) {
                        continue;
                    }
                    TaskStatus status = reported.get(activity.getId() + "|" + occurrence.due());
                    TaskState state = status == null ? null : status.getState();
                    lines.add(new Line(roadmap.shortName(), activity.getSection(), activity.getNumber(), activity.getTitle(),
                            activity.getScheduleText(), occurrence.start(), occurrence.due(),
                            ProgressMatrix.stateOf(TaskLedger.standing(occurrence.due(), state, today), state),
                            status == null ? null : status.getUpdatedAt(), status == null ? null : status.getComment(),
                            status == null ? null : status.getReviewComment()));
                }
            }
        }
        return lines;
    }
}
