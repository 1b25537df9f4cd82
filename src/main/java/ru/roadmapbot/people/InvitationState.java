package ru.roadmapbot.people;

import java.util.Locale;

/** Where an invitation stands: sent and waiting, used, expired unused, or revoked by a coordinator. */
public enum InvitationState {
    SENT, USED, EXPIRED, REVOKED;

    public String messageKey() {
        return "people.invitation." + name().toLowerCase(Locale.ROOT);
    }
}
