package ru.roadmapbot.conversation;

import org.springframework.stereotype.Component;

/** /calendar: the person's subscription links (https for Google, webcal for Apple and Outlook) and "new link". */
@Component
class CalendarCommand implements CommandHandler {

    private final CalendarView view;

    CalendarCommand(CalendarView view) {
        this.view = view;
    }

    @Override
    public String command() {
        return "calendar";
    }

    @Override
    public Reply handle(Conversation conversation, String argument) {
        return view.own(conversation.participant());
    }
}
