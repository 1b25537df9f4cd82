package ru.roadmapbot.people;

import ru.roadmapbot.roadmap.PartyRole;

/** What a participant does in the project. */
public enum Role {
    DIRECTOR(PartyRole.DIRECTOR),
    CURATOR(PartyRole.CURATOR),
    MUNICIPAL_COORDINATOR(PartyRole.MUNICIPAL_COORDINATOR),
    REGIONAL_COORDINATOR(PartyRole.REGIONAL_COORDINATOR),
    ADMIN(null);

    private final PartyRole partyRole;

    Role(PartyRole partyRole) {
        this.partyRole = partyRole;
    }

    PartyRole partyRole() {
        return partyRole;
    }

    /** Coordinators and admins run the roadmap: they invite people, import roadmaps and see every school. */
    public boolean coordinates() {
        return this == MUNICIPAL_COORDINATOR || this == REGIONAL_COORDINATOR || this == ADMIN;
    }

    public String messageKey() {
        return "people.role." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Reads "director", "curator", "municipal-coordinator" as typed on the command line. */
    public static Role parse(String text) {
        String name = text.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        return Role.valueOf(name);
    }
}
