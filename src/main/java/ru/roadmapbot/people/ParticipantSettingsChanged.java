package ru.roadmapbot.people;

/** A participant's settings changed (zone, language, lead days, quiet hours, pause): plans and feeds follow them. */
public record ParticipantSettingsChanged(Long participantId) {
}
