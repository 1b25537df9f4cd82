package ru.roadmapbot.telegram;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The bot runs only with a token (and when not switched off, as the command line does). */
class TelegramTokenCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String token = context.getEnvironment().getProperty("roadmapbot.telegram.token", "");
        boolean enabled = context.getEnvironment().getProperty("roadmapbot.telegram.enabled", Boolean.class, true);
        return enabled && !token.isBlank();
    }
}
