package ru.roadmapbot.cluster;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The limits every instance together keeps ({@code roadmapbot.delivery.*}).
 *
 * @param messagesPerSecond global rate, under Telegram's ~30 per second per bot; 0 lifts it (benchmarks only)
 * @param chatSpacing       least time between two messages to one chat
 */
@ConfigurationProperties("roadmapbot.delivery")
public record SendLimits(@DefaultValue("25") double messagesPerSecond,
                         @DefaultValue("1s") Duration chatSpacing) {
}
