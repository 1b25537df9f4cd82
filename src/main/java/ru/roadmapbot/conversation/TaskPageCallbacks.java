package ru.roadmapbot.conversation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Page buttons of /tasks and /week: the list is redrawn in place. */
@Configuration(proxyBeanMethods = false)
class TaskPageCallbacks {

    @Bean
    CallbackHandler tasksPage(TaskListView view) {
        return new PageCallback("tasks", view::tasks);
    }

    @Bean
    CallbackHandler weekPage(TaskListView view) {
        return new PageCallback("week", view::week);
    }

    private record PageCallback(String action, java.util.function.BiFunction<ru.roadmapbot.people.Participant, Integer, Reply> view)
            implements CallbackHandler {

        @Override
        public Reply handle(Conversation conversation, String payload) {
            int page;
            try {
                page = Integer.parseInt(payload);
            } catch (NumberFormatException e) {
                page = 0;
            }
            return view.apply(conversation.participant(), page).inPlace();
        }
    }
}
