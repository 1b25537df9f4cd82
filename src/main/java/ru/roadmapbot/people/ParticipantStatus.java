package ru.roadmapbot.people;

/** Whether the bot may write to a participant. */
public enum ParticipantStatus {
    /** Registered and reachable. */
    ACTIVE,
    /** Asked the bot to stop (/stop); /resume undoes it. */
    PAUSED,
    /** Blocked the bot (Telegram answered 403); writing again would fail. */
    BLOCKED,
    /** Taken off the project by a coordinator: no messages, and the bot no longer knows them until a new invitation. */
    DEACTIVATED;

    public String messageKey() {
        return "people.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
