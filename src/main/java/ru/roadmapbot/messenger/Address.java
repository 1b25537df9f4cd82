package ru.roadmapbot.messenger;

import java.util.Objects;

/**
 * Where a message goes: a chat on a channel. Telegram's private chat id is the user's id; MAX writes to a person by
 * their user id. Kept as text so that a channel with other addresses (e-mail) fits.
 */
public record Address(Channel channel, String chat) {

    public Address {
        Objects.requireNonNull(channel, "channel");
        if (chat == null || chat.isBlank()) {
            throw new IllegalArgumentException("an address needs a chat");
        }
    }

    /** One key per chat across channels ("telegram:42"), for the send budget and logs. */
    public String key() {
        return channel.key() + ":" + chat;
    }

    @Override
    public String toString() {
        return key();
    }
}
