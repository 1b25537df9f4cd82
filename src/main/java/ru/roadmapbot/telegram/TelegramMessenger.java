package ru.roadmapbot.telegram;

import ru.roadmapbot.messenger.Messenger;
import ru.roadmapbot.messenger.OutgoingMessage;
import ru.roadmapbot.messenger.SentMessage;

/** The messenger port over Telegram: the outbox's worker has reserved the chat and a slot before it sends. */
class TelegramMessenger implements Messenger {

    private final TelegramSender sender;

    TelegramMessenger(TelegramSender sender) {
        this.sender = sender;
    }

    @Override
    public SentMessage send(long chatId, OutgoingMessage message) {
        return sender.sendReserved(chatId, message.html(), message.keyboard());
    }

    @Override
    public void edit(SentMessage target, OutgoingMessage message) {
        sender.edit(target.chatId(), target.messageId(), message.html(), message.keyboard());
    }

    @Override
    public boolean available() {
        return true;
    }
}
