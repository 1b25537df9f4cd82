package ru.roadmapbot.conversation;

/** Answers one slash command ("/tasks"). */
interface CommandHandler {

    /** The command without the slash. */
    String command();

    /** Whether strangers (not registered) may use it; everything else needs registration. */
    default boolean openToStrangers() {
        return false;
    }

    /** Whether only coordinators may use it. */
    default boolean coordinatorsOnly() {
        return false;
    }

    /** @param argument the text after the command, possibly empty */
    Reply handle(Conversation conversation, String argument);
}
