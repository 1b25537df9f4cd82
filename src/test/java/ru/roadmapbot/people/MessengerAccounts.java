package ru.roadmapbot.people;

import ru.roadmapbot.messenger.Address;
import ru.roadmapbot.messenger.Channel;

/** Messenger accounts for tests: a Telegram user whose private chat has the user's id, and a MAX user. */
public final class MessengerAccounts {

    private MessengerAccounts() {
    }

    public static MessengerAccount telegram(long userId, long chatId, String name) {
        return new MessengerAccount(Channel.TELEGRAM, String.valueOf(userId), String.valueOf(chatId), name);
    }

    public static MessengerAccount max(long userId, String name) {
        return new MessengerAccount(Channel.MAX, String.valueOf(userId), String.valueOf(userId), name);
    }

    public static Address telegramChat(long chatId) {
        return new Address(Channel.TELEGRAM, String.valueOf(chatId));
    }
}
