package ru.roadmapbot.reminder;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Delivery settings ({@code roadmapbot.delivery.*}).
 *
 * @param messagesPerSecond global rate, under Telegram's ~30 per second per bot; 0 lifts it (benchmarks only)
 * @param chatSpacing       least time between two messages to one chat
 * @param workers           sending threads
 * @param maxAttempts       transient failures before a message is given up
 * @param maxBackoff        the longest wait between attempts
 * @param enabled           whether this instance sends at all
 */
@ConfigurationProperties("roadmapbot.delivery")
public record DeliveryProperties(@DefaultValue("25") double messagesPerSecond,
                                 @DefaultValue("1s") Duration chatSpacing,
                                 @DefaultValue("4") int workers,
                                 @DefaultValue("8") int maxAttempts,
                                 @DefaultValue("10m") Duration maxBackoff,
                                 @DefaultValue("true") boolean enabled) {
}
