package ru.roadmapbot.people;

import java.time.Instant;

/** A fresh invitation: the token exists only here, never in the database. */
public record IssuedInvitation(Long invitationId, String token, String link, Instant expiresAt) {
}
