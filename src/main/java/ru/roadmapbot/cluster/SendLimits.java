package ru.roadmapbot.cluster;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import ru.roadmapbot.messenger.Channel;

/**
 * The limits every instance together keeps ({@code roadmapbot.delivery.*}): Telegram's at the top level, as they
 * always were, and MAX's under {@code roadmapbot.delivery.max.*}.
 *
 * @param messagesPerSecond Telegram's global rate, under its ~30 per second per bot; 0 lifts it (benchmarks only)
 * @param chatSpacing       least time between two messages to one Telegram chat
 * @param jitter            how late a request may reach the messenger after its slot (a thread descheduled, a pause of
 *                          the collector, a database write): every second of slots leaves this much room, so no
 *                          second as the messenger counts it holds more than the rate
 * @param max               MAX's rate and spacing (MAX documents 30 requests a second per bot)
 */
@ConfigurationProperties("roadmapbot.delivery")
public record SendLimits(@DefaultValue("25") double messagesPerSecond,
                         @DefaultValue("1s") Duration chatSpacing,
                         @DefaultValue("100ms") Duration jitter,
                         @DefaultValue ChannelLimits max) {

    /** One channel's rate and spacing. */
    public record ChannelLimits(@DefaultValue("25") double messagesPerSecond,
                                @DefaultValue("1s") Duration chatSpacing) {
    }

    public ChannelLimits of(Channel channel) {
        return channel == Channel.MAX ? max : new ChannelLimits(messagesPerSecond, chatSpacing);
    }
}
