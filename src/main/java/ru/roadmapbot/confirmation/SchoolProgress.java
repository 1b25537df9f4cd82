package ru.roadmapbot.confirmation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.roadmapbot.agenda.AgendaItem;
import ru.roadmapbot.people.Organization;
import ru.roadmapbot.people.Participant;
import ru.roadmapbot.people.Participants;
import ru.roadmapbot.people.Role;
import ru.roadmapbot.people.Scope;
import ru.roadmapbot.territory.Territories;

/**
 * Each school's progress for the coordinators over it: its directors and curators, and over the reporting window
 * ({@link TaskLedger}) what is done, in progress and overdue, with the overdue tasks.
 */
@Service
@Transactional(readOnly = true)
public class SchoolProgress {

    /**
     * A school's line.
     *
     * @param territory the short name of the school's municipality ("Гороховецкий р-н"), or null
     */
    public record School(Long organizationId, String name, String territory, List<String> directors,
                         List<String> curators, int done, int inProgress, List<AgendaItem> overdue) {
    }

    /** The schools of a scope over one window. */
    public record Report(TaskLedger.Window window, List<School> schools) {
    }

    private final Participants participants;
    private final Territories territories;
    private final TaskLedger ledger;

    SchoolProgress(Participants participants, Territories territories, TaskLedger ledger) {
        this.participants = participants;
        this.territories = territories;
        this.ledger = ledger;
    }

    /**
     * Every school within the scope that has a registered director or a curator, by municipality and name (two
     * towns' "МОУ № 2" are two lines).
     */
    public Report schools(Scope scope, LocalDate today) {
        Map<Long, Organization> schools = new HashMap<>();
        Map<Long, List<String>> directors = new HashMap<>();
        Map<Long, List<String>> curators = new HashMap<>();
        Map<Long, int[]> counts = new HashMap<>();
        Map<Long, List<AgendaItem>> overdue = new HashMap<>();
        for (Participant participant : participants.within(scope)) {
            if (participant.getRole() == Role.CURATOR) {
                for (Organization school : participant.getCuratedSchools()) {
                    schools.putIfAbsent(school.getId(), school);
                    curators.computeIfAbsent(school.getId(), k -> new ArrayList<>()).add(participant.getDisplayName());
                }
            }
            Organization school = participant.getOrganization();
            if (participant.getRole() != Role.DIRECTOR || school == null) {
                continue;
            }
            schools.putIfAbsent(school.getId(), school);
            directors.computeIfAbsent(school.getId(), k -> new ArrayList<>()).add(participant.getDisplayName());
            TaskLedger.Ledger own = ledger.of(participant, today);
            int[] count = counts.computeIfAbsent(school.getId(), k -> new int[2]);
            count[0] += (int) own.count(TaskLedger.Standing.DONE);
            count[1] += (int) own.count(TaskLedger.Standing.IN_PROGRESS);
            overdue.computeIfAbsent(school.getId(), k -> new ArrayList<>()).addAll(own.overdue());
        }
        List<School> lines = new ArrayList<>();
        for (Organization school : schools.values()) {
            Long id = school.getId();
            int[] count = counts.getOrDefault(id, new int[2]);
            lines.add(new School(id, school.getName(), territories.shortNameOf(school.getTerritoryId()),
                    directors.getOrDefault(id, List.of()), curators.getOrDefault(id, List.of()), count[0], count[1],
                    overdue.getOrDefault(id, List.of())));
        }
        lines.sort(Comparator.comparing((School line) -> line.territory() == null ? "" : line.territory())
                .thenComparing(School::name));
        return new Report(ledger.window(today), lines);
    }
}
