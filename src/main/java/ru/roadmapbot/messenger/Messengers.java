package ru.roadmapbot.messenger;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * The transports this instance has: one {@link Messenger} per channel whose token is configured. With none the app
 * runs without a bot (the web app, imports and calendars work), and queued messages wait.
 */
@Component
public class Messengers {

    private final Map<Channel, Messenger> byChannel = new EnumMap<>(Channel.class);

    public Messengers(List<Messenger> messengers) {
        for (Messenger messenger : messengers) {
            if (byChannel.put(messenger.channel(), messenger) != null) {
                throw new IllegalStateException("two transports for " + messenger.channel());
            }
        }
    }

    /** The transport of a channel, when it is configured. */
    public Optional<Messenger> of(Channel channel) {
        return Optional.ofNullable(byChannel.get(channel));
    }

    /**
     * The transport of a channel.
     *
     * @throws DeliveryFailedException (transient) when the channel is off on this instance
     */
    public Messenger require(Channel channel) {
        Messenger messenger = byChannel.get(channel);
        if (messenger == null) {
            throw new DeliveryFailedException(channel.title() + " is off on this instance (no token)", true, null);
        }
        return messenger;
    }

    /** The channels that can send now. */
    public Set<Channel> available() {
        return byChannel.values().stream().filter(Messenger::available).map(Messenger::channel)
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean available(Channel channel) {
        Messenger messenger = byChannel.get(channel);
        return messenger != null && messenger.available();
    }
}
