package ru.roadmapbot.people;

import java.util.Objects;

import org.springframework.stereotype.Service;

import ru.roadmapbot.roadmap.Activity;
import ru.roadmapbot.roadmap.PartyRole;
import ru.roadmapbot.roadmap.ResponsibleParty;
import ru.roadmapbot.roadmap.Roadmap;
import ru.roadmapbot.roadmap.RoadmapLevel;
import ru.roadmapbot.territory.Territories;

/**
 * Who an activity reaches: the one rule that reminders, lists, feeds, escalations, digests and progress all ask.
 * First the territory: a municipal roadmap reaches its municipality's people, a regional one the region's, and
 * its regional-coordinator rows the coordinators of the region it lies in; a school's own roadmap only that school.
 * Then the responsible parties: "Руководители МОУ №№ 2, 7" reaches the directors of schools 2 and 7,
 * "Кураторы" every curator, "Кураторы из МОУ №№ 1, 3" the curators from those schools, "Муниципальный
 * координатор" the municipal coordinators, a named person that person.
 */
@Service
public class ActivityAudience {

    private final Territories territories;

    ActivityAudience(Territories territories) {
        this.territories = territories;
    }

    /** Whether the activity is this participant's own to do. */
    public boolean reaches(Activity activity, Participant participant) {
        if (activity.isWithdrawn() || !inTerritory(activity.getRoadmap(), participant)) {
            return false;
        }
        for (ResponsibleParty party : activity.responsibleParties()) {
            if (reaches(party, participant) && ofTheSchool(activity.getRoadmap(), party, participant)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the activity is this school's director's to do. */
    public boolean concernsSchool(Activity activity, Organization school) {
        Roadmap roadmap = activity.getRoadmap();
        if (activity.isWithdrawn() || !territories.covers(roadmap.getTerritoryId(), school.getTerritoryId())
                || (roadmap.getLevel() == RoadmapLevel.SCHOOL && !school.isNamed(roadmap.getSchoolName()))) {
            return false;
        }
        for (ResponsibleParty party : activity.responsibleParties()) {
            if (party.role() == PartyRole.DIRECTOR
                    && (party.organizations().isEmpty() || party.organizations().stream().anyMatch(school::isNamed))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the roadmap's territory is the person's: a regional coordinator works for the region the roadmap lies
     * in; everyone else within the roadmap's territory.
     */
    boolean inTerritory(Roadmap roadmap, Participant participant) {
        Long territory = roadmap.getTerritoryId();
        if (participant.getRole() == Role.REGIONAL_COORDINATOR && territory != null) {
            return Objects.equals(territories.regionOf(territory), participant.territoryId());
        }
        return territories.covers(territory, participant.territoryId());
    }

    /** A school's own roadmap asks its director and its curators, not every school's. */
    private static boolean ofTheSchool(Roadmap roadmap, ResponsibleParty party, Participant participant) {
        if (roadmap.getLevel() != RoadmapLevel.SCHOOL || (party.role() != PartyRole.DIRECTOR && party.role() != PartyRole.CURATOR)) {
            return true;
        }
        String school = roadmap.getSchoolName();
        if (participant.getRole() == Role.DIRECTOR) {
            return participant.getOrganization() != null && participant.getOrganization().isNamed(school);
        }
        return participant.getCuratedSchools().stream().anyMatch(s -> s.isNamed(school));
    }

    static boolean reaches(ResponsibleParty party, Participant participant) {
        if (party.person() != null && PersonNames.same(party.person(), participant.getDisplayName())) {
            return true;
        }
        if (party.role() == null || participant.getRole().partyRole() != party.role()) {
            return false;
        }
        if (party.organizations().isEmpty()) {
            return true;
        }
        return switch (party.role()) {
            case DIRECTOR, CURATOR -> participant.getOrganization() != null
                    && party.organizations().stream().anyMatch(participant.getOrganization()::isNamed);
            default -> true;
        };
    }
}
