package ru.roadmapbot.telegram;

import java.util.Optional;

import ru.roadmapbot.people.Participant;

/**
 * Who is talking to the bot in an update: the Telegram user and chat, and the participant when registered.
 *
 * @param languageCode the user's Telegram language, used for strangers who have no settings yet
 */
record Conversation(long userId, long chatId, String userName, String languageCode, Participant participant) {

    Optional<Participant> registered() {
        return Optional.ofNullable(participant);
    }

    /** The language to answer in: the participant's choice, else Russian (English only for English clients). */
    String language() {
        if (participant != null) {
            return participant.getLanguage();
        }
        return languageCode != null && languageCode.startsWith("en") ? "en" : "ru";
    }
}
