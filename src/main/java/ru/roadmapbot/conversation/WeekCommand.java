package ru.roadmapbot.conversation;

import org.springframework.stereotype.Component;

/** /week: this week's tasks, Monday to Sunday. */
@Component
class WeekCommand implements CommandHandler {

    private final TaskListView view;

    WeekCommand(TaskListView view) {
        this.view = view;
    }

    @Override
    public String command() {
        return "week";
    }

    @Override
    public Reply handle(Conversation conversation, String argument) {
        return view.week(conversation.participant(), 0);
    }
}
