package ru.roadmapbot.agenda;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.roadmapbot.people.ActivityAudience;
import ru.roadmapbot.people.Organization;
import ru.roadmapbot.people.Participant;
import ru.roadmapbot.people.Role;
import ru.roadmapbot.roadmap.Activity;
import ru.roadmapbot.roadmap.Roadmaps;
import ru.roadmapbot.schedule.Occurrence;
import ru.roadmapbot.schedule.Occurrences;

/**
 * The agenda of a participant between two days: own tasks first-class, a curator's schools alongside (one item per
 * occurrence, naming every school of theirs it is for). Which activities reach whom is {@link ActivityAudience}'s.
 */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties(AgendaProperties.class)
public class Agenda {

    private final Roadmaps roadmaps;
    private final ActivityAudience audience;
    private final AgendaProperties properties;

    Agenda(Roadmaps roadmaps, ActivityAudience audience, AgendaProperties properties) {
        this.roadmaps = roadmaps;
        this.audience = audience;
        this.properties = properties;
    }

    public AgendaProperties settings() {
        return properties;
    }

    /** Occurrences due between {@code from} and {@code to} (inclusive) for this participant. */
    public List<AgendaItem> between(Participant participant, LocalDate from, LocalDate to) {
        List<AgendaItem> items = new ArrayList<>();
        for (Activity activity : roadmaps.currentActivities()) {
            List<String> schools = new ArrayList<>();
            if (!audience.reaches(activity, participant)) {
                schools.addAll(schoolsOf(activity, participant));
                if (schools.isEmpty()) {
                    continue;
                }
            }
            for (Occurrence occurrence : Occurrences.expand(activity.schedule(), from, to)) {
                if (!occurrence.due().isBefore(from) && !occurrence.due().isAfter(to)) {
                    items.add(new AgendaItem(activity.getId(), activity.getNumber(), activity.getTitle(),
                            activity.getRoadmap().shortName(), occurrence, schools, activity.isEvent()));
                }
            }
        }
        items.sort(Comparator.comparing(AgendaItem::due).thenComparing(AgendaItem::number, Comparator.nullsLast(String::compareTo)));
        return items;
    }

    /**
     * The person's own occurrence of an activity due on a day, if they have one: what they may set a status on
     * from a list, whether or not a reminder of it ever reached them.
     */
    public Optional<AgendaItem> ownOccurrence(Participant participant, Long activityId, LocalDate due) {
        return roadmaps.activity(activityId).filter(activity -> audience.reaches(activity, participant))
                .flatMap(activity -> Occurrences.expand(activity.schedule(), due, due).stream()
                        .filter(occurrence -> occurrence.due().equals(due)).findFirst()
                        .map(occurrence -> new AgendaItem(activity.getId(), activity.getNumber(), activity.getTitle(),
                                activity.getRoadmap().shortName(), occurrence, List.of(), activity.isEvent())));
    }

    /** The next {@code horizonDays} days from {@code today}. */
    public List<AgendaItem> upcoming(Participant participant, LocalDate today) {
        return between(participant, today, today.plusDays(properties.horizonDays() - 1L));
    }

    /** Occurrences due in the {@code overdueDays} before today. */
    public List<AgendaItem> pastDue(Participant participant, LocalDate today) {
        return between(participant, today.minusDays(properties.overdueDays()), today.minusDays(1));
    }

    /** For a curator, the schools they accompany whose director the activity is for, by name. */
    private List<String> schoolsOf(Activity activity, Participant participant) {
        if (participant.getRole() != Role.CURATOR) {
            return List.of();
        }
        return participant.getCuratedSchools().stream().filter(school -> audience.concernsSchool(activity, school))
                .map(Organization::getName).sorted().toList();
    }
}
