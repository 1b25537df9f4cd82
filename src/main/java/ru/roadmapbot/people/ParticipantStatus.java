package ru.roadmapbot.people;

/** Whether the bot may write to a participant. */
public enum ParticipantStatus {
    /** Registered and reachable. */
    ACTIVE,
    /** Asked the bot to stop (/stop); /resume undoes it. */
    PAUSED,
    /** Blocked the bot (Telegram answered 403); writing again would fail. */
    BLOCKED
}
