package ru.roadmapbot.people;

import ru.roadmapbot.messenger.Address;
import ru.roadmapbot.messenger.Channel;

/**
 * A messenger account that opened an invitation link: the channel, the messenger's id of the person, the chat to
 * write to them in, and the name the messenger shows.
 */
public record MessengerAccount(Channel channel, String userId, String chat, String displayName) {

    public Address address() {
        return new Address(channel, chat);
    }
}
