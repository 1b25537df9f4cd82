package ru.roadmapbot.max;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The MAX channel runs only with a token ({@code roadmapbot.max.token}, MAX_BOT_TOKEN), and when not switched off, as
 * the command line does.
 */
class MaxTokenCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String token = context.getEnvironment().getProperty("roadmapbot.max.token", "");
        boolean enabled = context.getEnvironment().getProperty("roadmapbot.max.enabled", Boolean.class, true);
        return enabled && !token.isBlank();
    }
}
