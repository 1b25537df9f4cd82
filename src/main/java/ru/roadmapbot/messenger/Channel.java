package ru.roadmapbot.messenger;

import java.util.Locale;

/**
 * A messenger people can be reached on. Telegram is the first; MAX (the national messenger Russian schools are
 * moving to) the second. The key names the channel in the database, in settings and in event keys.
 */
public enum Channel {

    TELEGRAM("telegram", "Telegram"),
    MAX("max", "MAX");

    private final String key;
    private final String title;

    Channel(String key, String title) {
        this.key = key;
        this.title = title;
    }

    public String key() {
        return key;
    }

    /** The messenger's own name, the same in every language. */
    public String title() {
        return title;
    }

    /** @throws IllegalArgumentException for a key no channel has */
    public static Channel ofKey(String key) {
        String wanted = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
        for (Channel channel : values()) {
            if (channel.key.equals(wanted)) {
                return channel;
            }
        }
        throw new IllegalArgumentException("unknown channel: " + key);
    }
}
