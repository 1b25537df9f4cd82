package ru.roadmapbot.conversation;

/** Answers presses of buttons whose action is {@link #action()}; the press is already verified for the user. */
interface CallbackHandler {

    String action();

    default boolean coordinatorsOnly() {
        return false;
    }

    Reply handle(Conversation conversation, String payload);
}
