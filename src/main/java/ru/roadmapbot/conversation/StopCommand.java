package ru.roadmapbot.conversation;

import org.springframework.stereotype.Component;

import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.people.Participants;

/** /stop: no more reminders until /resume; the person stays registered. */
@Component
class StopCommand implements CommandHandler {

    private final Participants participants;
    private final Texts texts;

    StopCommand(Participants participants, Texts texts) {
        this.participants = participants;
        this.texts = texts;
    }

    @Override
    public String command() {
        return "stop";
    }

    @Override
    public Reply handle(Conversation conversation, String argument) {
        participants.pause(conversation.participant().getId());
        return Reply.text(texts.get(conversation.language(), "bot.stopped"));
    }
}
