package ru.roadmapbot.telegram;

import ru.roadmapbot.messenger.DeliveryFailedException;
import ru.roadmapbot.messenger.Messenger;
import ru.roadmapbot.messenger.OutgoingMessage;
import ru.roadmapbot.messenger.SentMessage;

/** The messenger while the bot is off: nothing can be sent, and senders are told so (they keep their queue). */
class OfflineMessenger implements Messenger {

    @Override
    public SentMessage send(long chatId, OutgoingMessage message) {
        throw new DeliveryFailedException("the bot is off (no TELEGRAM_BOT_TOKEN)", true, null);
    }

    @Override
    public void edit(SentMessage target, OutgoingMessage message) {
        throw new DeliveryFailedException("the bot is off (no TELEGRAM_BOT_TOKEN)", true, null);
    }

    @Override
    public boolean available() {
        return false;
    }
}
