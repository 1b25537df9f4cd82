package ru.roadmapbot.people;

/** Someone accepted an invitation and can now be messaged. */
public record ParticipantRegistered(Long participantId, Role role) {
}
