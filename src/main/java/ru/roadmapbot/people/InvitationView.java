package ru.roadmapbot.people;

import java.time.Instant;
import java.util.List;

/** An invitation as the console lists it; the token itself is never kept, so the link cannot be shown again. */
public record InvitationView(Long id, String displayName, Role role, String organization, Long territoryId,
                             List<String> curatedSchools, Instant createdAt, Instant expiresAt, Instant usedAt,
                             InvitationState state) {
}
