package ru.roadmapbot.agenda;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.roadmapbot.people.ActivityAudience;
import ru.roadmapbot.people.Organization;
import ru.roadmapbot.people.Participant;
import ru.roadmapbot.people.Role;
import ru.roadmapbot.roadmap.Activity;
import ru.roadmapbot.roadmap.ActivityRepository;
import ru.roadmapbot.schedule.Occurrence;
import ru.roadmapbot.schedule.Occurrences;

/** The agenda of a participant between two days: own tasks first-class, a curator's schools alongside. */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties(AgendaProperties.class)
public class Agenda {

    private final ActivityRepository activities;
    private final ActivityAudience audience;
    private final AgendaProperties properties;

    Agenda(ActivityRepository activities, ActivityAudience audience, AgendaProperties properties) {
        this.activities = activities;
        this.audience = audience;
        this.properties = properties;
    }

    public AgendaProperties settings() {
        return properties;
    }

    /** Occurrences due between {@code from} and {@code to} (inclusive) for this participant. */
    public List<AgendaItem> between(Participant participant, LocalDate from, LocalDate to) {
        List<AgendaItem> items = new ArrayList<>();
        for (Activity activity : activities.findByWithdrawnFalse()) {
            List<String> views = viewsOf(activity, participant);
            if (views.isEmpty()) {
                continue;
            }
            for (Occurrence occurrence : Occurrences.expand(activity.schedule(), from, to)) {
                if (occurrence.due().isBefore(from) || occurrence.due().isAfter(to)) {
                    continue;
                }
                for (String view : views) {
                    items.add(new AgendaItem(activity.getId(), activity.getNumber(), activity.getTitle(),
                            activity.getRoadmap().displayName(), occurrence, view, activity.isEvent()));
                }
            }
        }
        items.sort(Comparator.comparing(AgendaItem::due).thenComparing(AgendaItem::number, Comparator.nullsLast(String::compareTo)));
        return items;
    }

    /** The next {@code horizonDays} days from {@code today}. */
    public List<AgendaItem> upcoming(Participant participant, LocalDate today) {
        return between(participant, today, today.plusDays(properties.horizonDays() - 1L));
    }

    /** Occurrences due in the {@code overdueDays} before today. */
    public List<AgendaItem> pastDue(Participant participant, LocalDate today) {
        return between(participant, today.minusDays(properties.overdueDays()), today.minusDays(1));
    }

    /**
     * How the activity appears to the participant: their own task (a null school), or, for a curator, once for
     * each school they accompany whose director it concerns.
     */
    private List<String> viewsOf(Activity activity, Participant participant) {
        List<String> views = new ArrayList<>(1);
        if (audience.reaches(activity, participant)) {
            views.add(null);
        } else if (participant.getRole() == Role.CURATOR) {
            participant.getCuratedSchools().stream().filter(school -> audience.concernsSchool(activity, school))
                    .map(Organization::getName).sorted().forEach(views::add);
        }
        return views;
    }
}
