package ru.roadmapbot.people;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import ru.roadmapbot.messenger.Channel;

/**
 * A fresh invitation: the token exists only here, never in the database.
 *
 * @param links the deep link on each channel whose bot is known (Telegram first); empty while none is
 */
public record IssuedInvitation(Long invitationId, String token, Map<Channel, String> links, Instant expiresAt) {

    public IssuedInvitation {
        links = Map.copyOf(links);
    }

    /** The first channel's link (Telegram's when its bot is known), or null while no bot's name is known. */
    public String link() {
        return linksInOrder().values().stream().findFirst().orElse(null);
    }

    /** Every known bot's link, in the channels' order: Telegram first. */
    public Map<Channel, String> linksInOrder() {
        Map<Channel, String> ordered = new LinkedHashMap<>();
        for (Channel channel : Channel.values()) {
            if (links.containsKey(channel)) {
                ordered.put(channel, links.get(channel));
            }
        }
        return ordered;
    }

    /** A channel's link, or null. */
    public String link(Channel channel) {
        return links.get(channel);
    }
}
