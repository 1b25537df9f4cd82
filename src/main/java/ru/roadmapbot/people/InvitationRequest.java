package ru.roadmapbot.people;

import java.time.ZoneId;
import java.util.List;

/**
 * Who to invite.
 *
 * @param organization   the person's school or body ("МБОУ Галицкая СОШ", "МКУ «УО»"), or null
 * @param curatedSchools for a curator: the schools they accompany
 * @param timeZone       the person's zone when it differs from the organization's, or null
 * @param invitedBy      the participant who invites, or null from the command line and the console
 * @param territory      the territory as typed ("Гороховецкий район"), or null to take it from the organization,
 *                       the inviting coordinator or the instance's only municipality
 */
public record InvitationRequest(Role role, String displayName, String organization, List<String> curatedSchools,
                                ZoneId timeZone, Long invitedBy, String territory) {

    public InvitationRequest {
        curatedSchools = curatedSchools == null ? List.of() : List.copyOf(curatedSchools);
        organization = organization == null || organization.isBlank() ? null : organization.strip();
        territory = territory == null || territory.isBlank() ? null : territory.strip();
    }

    public InvitationRequest(Role role, String displayName, String organization, List<String> curatedSchools,
                             ZoneId timeZone, Long invitedBy) {
        this(role, displayName, organization, curatedSchools, timeZone, invitedBy, null);
    }
}
