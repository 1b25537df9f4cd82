package ru.roadmapbot.conversation;

import org.springframework.stereotype.Component;

import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.people.Participants;

/** /resume: reminders again after /stop. */
@Component
class ResumeCommand implements CommandHandler {

    private final Participants participants;
    private final Texts texts;

    ResumeCommand(Participants participants, Texts texts) {
        this.participants = participants;
        this.texts = texts;
    }

    @Override
    public String command() {
        return "resume";
    }

    @Override
    public Reply handle(Conversation conversation, String argument) {
        participants.resume(conversation.participant().getId());
        return Reply.text(texts.get(conversation.language(), "bot.resumed"));
    }
}
