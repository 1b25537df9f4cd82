package ru.roadmapbot.conversation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The conversation's settings, the same on every channel ({@code roadmapbot.conversation.*}).
 *
 * @param updateThreads threads handling updates (each person's updates in order, one at a time)
 * @param maxUploadSize the largest roadmap a coordinator may send (Telegram bots can download up to 20 MB)
 * @param flood         what counts as flooding the bot
 */
@ConfigurationProperties("roadmapbot.conversation")
public record ConversationProperties(@DefaultValue("4") int updateThreads,
                                     @DefaultValue("10485760") long maxUploadSize,
                                     @DefaultValue Flood flood) {

    /**
     * More than {@code updates} updates from one person within {@code window} is a flood: they are told once to slow
     * down and ignored for {@code pause}.
     */
    public record Flood(@DefaultValue("20") int updates, @DefaultValue("10s") Duration window,
                        @DefaultValue("1m") Duration pause) {
    }
}
