package ru.roadmapbot.conversation;

import java.util.Optional;

import ru.roadmapbot.messenger.Channel;
import ru.roadmapbot.people.Participant;

/** Who is talking to the bot: their account on a channel, and the participant when registered. */
record Conversation(Sender sender, Participant participant) {

    Optional<Participant> registered() {
        return Optional.ofNullable(participant);
    }

    Channel channel() {
        return sender.channel();
    }

    /** The language to answer in: the participant's choice, else Russian (English only for English clients). */
    String language() {
        if (participant != null) {
            return participant.getLanguage();
        }
        return sender.languageCode() != null && sender.languageCode().startsWith("en") ? "en" : "ru";
    }
}
