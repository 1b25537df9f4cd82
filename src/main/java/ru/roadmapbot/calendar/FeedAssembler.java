package ru.roadmapbot.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.roadmapbot.confirmation.TaskStatus;
import ru.roadmapbot.confirmation.TaskStatuses;
import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.people.ActivityAudience;
import ru.roadmapbot.people.Organization;
import ru.roadmapbot.people.Organizations;
import ru.roadmapbot.people.Participant;
import ru.roadmapbot.people.Participants;
import ru.roadmapbot.people.PeopleProperties;
import ru.roadmapbot.people.Role;
import ru.roadmapbot.roadmap.Activity;
import ru.roadmapbot.roadmap.Roadmap;
import ru.roadmapbot.roadmap.Roadmaps;

/**
 * What a feed holds. A participant's: the activities that reach them, plus for a curator those of the schools they
 * accompany, with their own statuses (a school's task shows ✅ once every one of their schools finished it); a
 * school's: the activities of its director, ✅ once the school's director finished it; a roadmap's: all its current
 * activities, ✅ once anyone responsible finished it.
 */
@Component
class FeedAssembler {

    private final Roadmaps roadmaps;
    private final Organizations organizations;
    private final Participants participants;
    private final ActivityAudience audience;
    private final TaskStatuses statuses;
    private final PeopleProperties people;
    private final CalendarProperties properties;
    private final Texts texts;

    FeedAssembler(Roadmaps roadmaps, Organizations organizations, Participants participants, ActivityAudience audience,
                  TaskStatuses statuses, PeopleProperties people, CalendarProperties properties, Texts texts) {
        this.roadmaps = roadmaps;
        this.organizations = organizations;
        this.participants = participants;
        this.audience = audience;
        this.statuses = statuses;
        this.people = people;
        this.properties = properties;
        this.texts = texts;
    }

    /** The feed of an owner, or empty when the owner no longer exists. */
    @Transactional(readOnly = true)
    public Optional<FeedContent> assemble(FeedOwner owner) {
        return switch (owner.kind()) {
            case PARTICIPANT -> participants.byId(owner.id()).map(this::ofParticipant);
            case SCHOOL -> organizations.byId(owner.id()).map(this::ofSchool);
            case ROADMAP -> roadmaps.roadmap(owner.id()).map(this::ofRoadmap);
        };
    }

    private FeedContent ofParticipant(Participant participant) {
        List<Activity> own = new ArrayList<>();
        Map<Activity, List<Organization>> schoolViews = new HashMap<>();
        for (Activity activity : current()) {
            if (audience.reaches(activity, participant)) {
                own.add(activity);
            } else if (participant.getRole() == Role.CURATOR) {
                List<Organization> concerned = participant.getCuratedSchools().stream()
                        .filter(school -> audience.concernsSchool(activity, school))
                        .sorted(Comparator.comparing(Organization::getName)).toList();
                if (!concerned.isEmpty()) {
                    schoolViews.put(activity, concerned);
                }
            }
        }
        List<Activity> all = new ArrayList<>(own);
        all.addAll(schoolViews.keySet());
        Map<Long, List<TaskStatus>> reported = reportedFor(all);
        Map<Long, List<Long>> directors = new HashMap<>();
        List<FeedEntry> entries = new ArrayList<>();
        for (Activity activity : own) {
            List<TaskStatus> mine = reported.getOrDefault(activity.getId(), List.of()).stream()
                    .filter(s -> participant.getId().equals(s.getParticipantId())).toList();
            entries.add(new FeedEntry(FeedActivity.of(activity), byDue(mine, StatusRollup::any), List.of()));
        }
        for (Map.Entry<Activity, List<Organization>> view : schoolViews.entrySet()) {
            List<Organization> schools = view.getValue();
            Map<LocalDate, List<OccurrenceStatus>> perSchool = new HashMap<>();
            for (Organization school : schools) {
                List<Long> ids = directors.computeIfAbsent(school.getId(), this::directorsOf);
                List<TaskStatus> theirs = reported.getOrDefault(view.getKey().getId(), List.of()).stream()
                        .filter(s -> ids.contains(s.getParticipantId())).toList();
                byDue(theirs, StatusRollup::any).forEach((due, status) ->
                        perSchool.computeIfAbsent(due, d -> new ArrayList<>()).add(status));
            }
            Map<LocalDate, OccurrenceStatus> rolled = new HashMap<>();
            perSchool.forEach((due, list) -> {
                OccurrenceStatus status = StatusRollup.all(list, schools.size());
                if (status != null) {
                    rolled.put(due, status);
                }
            });
            entries.add(new FeedEntry(FeedActivity.of(view.getKey()), rolled,
                    schools.stream().map(Organization::getName).toList()));
        }
        String language = participant.getLanguage();
        return new FeedContent(texts.plain(language, "calendar.name.participant", participant.getDisplayName()),
                participants.zoneOf(participant), language, participants.leadDaysOf(participant), ordered(entries));
    }

    private FeedContent ofSchool(Organization school) {
        List<Activity> concerning = current().stream().filter(a -> audience.concernsSchool(a, school)).toList();
        Set<Long> directors = Set.copyOf(directorsOf(school.getId()));
        List<FeedEntry> entries = entries(concerning, s -> directors.contains(s.getParticipantId()));
        ZoneId zone = school.zone() != null ? school.zone() : people.defaultTimeZone();
        return new FeedContent(texts.plain(properties.language(), "calendar.name.school", school.getName()), zone,
                properties.language(), people.leadDays(), entries);
    }

    private FeedContent ofRoadmap(Roadmap roadmap) {
        List<Activity> ofRoadmap = roadmaps.currentActivitiesOf(roadmap.getId());
        List<FeedEntry> entries = entries(ofRoadmap, s -> true);
        return new FeedContent(texts.plain(properties.language(), "calendar.name.roadmap", roadmap.shortName()),
                people.defaultTimeZone(), properties.language(), people.leadDays(), entries);
    }

    private List<FeedEntry> entries(List<Activity> list, Predicate<TaskStatus> counted) {
        Map<Long, List<TaskStatus>> reported = reportedFor(list);
        List<FeedEntry> entries = new ArrayList<>();
        for (Activity activity : list) {
            List<TaskStatus> relevant = reported.getOrDefault(activity.getId(), List.of()).stream()
                    .filter(counted).toList();
            entries.add(new FeedEntry(FeedActivity.of(activity), byDue(relevant, StatusRollup::any), List.of()));
        }
        return ordered(entries);
    }

    /** Current activities, with parts, parties and roadmap in one query. */
    private List<Activity> current() {
        return roadmaps.currentActivities();
    }

    private Map<Long, List<TaskStatus>> reportedFor(Collection<Activity> list) {
        List<Long> ids = list.stream().map(Activity::getId).toList();
        return statuses.listOfActivities(ids).stream().filter(s -> s.getState() != null)
                .collect(Collectors.groupingBy(TaskStatus::getActivityId));
    }

    private List<Long> directorsOf(Long schoolId) {
        return participants.directorsOf(schoolId).stream().map(Participant::getId).toList();
    }

    private static Map<LocalDate, OccurrenceStatus> byDue(List<TaskStatus> list,
                                                          Function<List<OccurrenceStatus>, OccurrenceStatus> rollup) {
        Map<LocalDate, List<OccurrenceStatus>> grouped = new HashMap<>();
        for (TaskStatus status : list) {
            grouped.computeIfAbsent(status.getDueDate(), d -> new ArrayList<>())
                    .add(new OccurrenceStatus(status.getState(), status.getUpdatedAt()));
        }
        Map<LocalDate, OccurrenceStatus> result = new HashMap<>();
        grouped.forEach((due, group) -> result.put(due, rollup.apply(group)));
        return result;
    }

    /** Roadmap by roadmap, in document order: the same data always gives the same feed bytes (and ETag). */
    private static List<FeedEntry> ordered(List<FeedEntry> entries) {
        return entries.stream().sorted(Comparator.comparing((FeedEntry e) -> e.activity().roadmap())
                .thenComparing(e -> e.activity().position()).thenComparing(e -> e.activity().id())).toList();
    }
}
