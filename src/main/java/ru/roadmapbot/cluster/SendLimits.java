package ru.roadmapbot.cluster;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The limits every instance together keeps ({@code roadmapbot.delivery.*}).
 *
 * @param messagesPerSecond global rate, under Telegram's ~30 per second per bot; 0 lifts it (benchmarks only)
 * @param chatSpacing       least time between two messages to one chat
 * @param jitter            how late a request may reach Telegram after its slot (a thread descheduled, a pause of
 *                          the collector, a database write): every second of slots leaves this much room, so no
 *                          second as Telegram counts it holds more than the rate
 */
@ConfigurationProperties("roadmapbot.delivery")
public record SendLimits(@DefaultValue("25") double messagesPerSecond,
                         @DefaultValue("1s") Duration chatSpacing,
                         @DefaultValue("100ms") Duration jitter) {
}
