package ru.roadmapbot.confirmation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.roadmapbot.agenda.Agenda;
import ru.roadmapbot.agenda.AgendaItem;
import ru.roadmapbot.people.Organization;
import ru.roadmapbot.people.Participant;
import ru.roadmapbot.people.Participants;
import ru.roadmapbot.people.Role;

/**
 * Each school's progress for coordinators: its directors and curators, and over the recent weeks what is done, in
 * progress and overdue (with the overdue tasks). Events are attended, not done, so they are not counted.
 */
@Service
@Transactional(readOnly = true)
public class SchoolProgress {

    /** How far back progress looks. */
    public static final int LOOKBACK_DAYS = 30;

    /** A school's line. */
    public record School(String name, List<String> directors, List<String> curators, int done, int inProgress,
                         List<AgendaItem> overdue) {
    }

    private final Participants participants;
    private final Agenda agenda;
    private final TaskStatuses statuses;

    SchoolProgress(Participants participants, Agenda agenda, TaskStatuses statuses) {
        this.participants = participants;
        this.agenda = agenda;
        this.statuses = statuses;
    }

    /** Every school that has a registered director or a curator, by name. */
    public List<School> schools(LocalDate today) {
        Map<String, List<String>> directors = new TreeMap<>();
        Map<String, List<String>> curators = new TreeMap<>();
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, List<AgendaItem>> overdue = new TreeMap<>();
        for (Participant participant : participants.all()) {
            if (participant.getRole() == Role.CURATOR) {
                for (Organization school : participant.getCuratedSchools()) {
                    curators.computeIfAbsent(school.getName(), k -> new ArrayList<>()).add(participant.getDisplayName());
                }
            }
            if (participant.getRole() != Role.DIRECTOR || participant.getOrganization() == null) {
                continue;
            }
            String school = participant.getOrganization().getName();
            directors.computeIfAbsent(school, k -> new ArrayList<>()).add(participant.getDisplayName());
            int[] count = counts.computeIfAbsent(school, k -> new int[2]);
            List<AgendaItem> late = overdue.computeIfAbsent(school, k -> new ArrayList<>());
            Map<TaskStatuses.Key, TaskState> states = statuses.ofParticipant(participant.getId());
            for (AgendaItem item : agenda.between(participant, today.minusDays(LOOKBACK_DAYS), today.plusDays(6))) {
                if (item.event() || !item.ownTask()) {
                    continue;
                }
                TaskState state = states.get(new TaskStatuses.Key(item.activityId(), item.due(), participant.getId()));
                if (state != null && state.finished()) {
                    count[0]++;
                } else if (item.due().isBefore(today)) {
                    late.add(item);
                } else if (state != null) {
                    count[1]++;
                }
            }
        }
        List<String> names = new ArrayList<>(directors.keySet());
        curators.keySet().stream().filter(name -> !directors.containsKey(name)).forEach(names::add);
        names.sort(Comparator.naturalOrder());
        List<School> schools = new ArrayList<>();
        for (String name : names) {
            int[] count = counts.getOrDefault(name, new int[2]);
            schools.add(new School(name, directors.getOrDefault(name, List.of()), curators.getOrDefault(name, List.of()),
                    count[0], count[1], overdue.getOrDefault(name, List.of())));
        }
        return schools;
    }
}
