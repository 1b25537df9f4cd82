package ru.roadmapbot.conversation;

import org.springframework.stereotype.Component;

import ru.roadmapbot.messenger.Texts;

/** /help: the commands of the person's role, or how to get an invitation. */
@Component
class HelpCommand implements CommandHandler {

    private final Greeting greeting;
    private final Texts texts;

    HelpCommand(Greeting greeting, Texts texts) {
        this.greeting = greeting;
        this.texts = texts;
    }

    @Override
    public String command() {
        return "help";
    }

    @Override
    public boolean openToStrangers() {
        return true;
    }

    @Override
    public Reply handle(Conversation conversation, String argument) {
        return conversation.registered().map(p -> Reply.text(greeting.commands(p)))
                .orElseGet(() -> Reply.text(texts.get(conversation.language(), "registration.no-token")));
    }
}
