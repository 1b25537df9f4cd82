package ru.roadmapbot.conversation;

import org.springframework.stereotype.Component;

/** /tasks: overdue and the next two weeks, grouped by date, paged. */
@Component
class TasksCommand implements CommandHandler {

    private final TaskListView view;

    TasksCommand(TaskListView view) {
        this.view = view;
    }

    @Override
    public String command() {
        return "tasks";
    }

    @Override
    public Reply handle(Conversation conversation, String argument) {
        return view.tasks(conversation.participant(), 0);
    }
}
