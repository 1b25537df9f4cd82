package ru.roadmapbot.reminder;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Delivery settings ({@code roadmapbot.delivery.*}). The rate and the chat spacing under the same prefix are the
 * whole cluster's: {@link ru.roadmapbot.cluster.SendLimits}.
 *
 * @param workers     sending threads of this instance
 * @param maxAttempts transient failures before a message is given up
 * @param maxBackoff  the longest wait between attempts
 * @param enabled     whether this instance sends at all
 */
@ConfigurationProperties("roadmapbot.delivery")
public record DeliveryProperties(@DefaultValue("4") int workers,
                                 @DefaultValue("8") int maxAttempts,
                                 @DefaultValue("10m") Duration maxBackoff,
                                 @DefaultValue("true") boolean enabled) {
}
