package ru.roadmapbot.conversation;

import org.springframework.stereotype.Component;

/** /settings: time zone, quiet hours, reminder lead times, language and the weekly digest. */
@Component
class SettingsCommand implements CommandHandler {

    private final SettingsView view;

    SettingsCommand(SettingsView view) {
        this.view = view;
    }

    @Override
    public String command() {
        return "settings";
    }

    @Override
    public Reply handle(Conversation conversation, String argument) {
        return view.main(conversation.participant());
    }
}
