package ru.roadmapbot.people;


import org.springframework.stereotype.Service;

import ru.roadmapbot.roadmap.Activity;
import ru.roadmapbot.roadmap.PartyRole;
import ru.roadmapbot.roadmap.ResponsibleParty;

/**
 * Who an activity reaches, through its responsible parties: "Руководители МОУ №№ 2, 7" reaches the directors of
 * schools 2 and 7, "Кураторы" every curator, "Кураторы из МОУ №№ 1, 3" the curators from those schools,
 * "Муниципальный координатор" the municipal coordinators, a named person that person.
 */
@Service
public class ActivityAudience {

    private final ParticipantRepository participants;

    ActivityAudience(ParticipantRepository participants) {
        this.participants = participants;
    }

    /** Whether the activity is this participant's own to do. */
    public boolean reaches(Activity activity, Participant participant) {
        if (activity.isWithdrawn()) {
            return false;
        }
        for (ResponsibleParty party : activity.responsibleParties()) {
            if (reaches(party, participant)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the activity is this school's director's to do. */
    public boolean concernsSchool(Activity activity, Organization school) {
        if (activity.isWithdrawn()) {
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
