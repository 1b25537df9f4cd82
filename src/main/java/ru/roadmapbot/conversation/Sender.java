package ru.roadmapbot.conversation;

import ru.roadmapbot.messenger.Address;
import ru.roadmapbot.messenger.Channel;

/**
 * Who wrote or pressed: their account on a channel, the chat to answer in, and what their messenger tells about them
 * (a name, a language code) for people not registered yet.
 */
public record Sender(Channel channel, String userId, String chat, String name, String languageCode) {

    public Address address() {
        return new Address(channel, chat);
    }

    /** One key per account across channels, for keeping a person's updates in order and counting floods. */
    String key() {
        return channel.key() + ":" + userId;
    }
}
