package ru.roadmapbot.messenger;

/** Sends and edits messages in a chat; implemented by a transport adapter. */
public interface Messenger {

    /**
     * Sends a message; long texts are split by the transport.
     *
     * @throws RecipientBlockedException the person blocked the bot
     * @throws RateLimitedException      the transport asks to wait
     * @throws DeliveryFailedException   anything else went wrong
     */
    SentMessage send(long chatId, OutgoingMessage message);

    /** Replaces the text and buttons of a message sent earlier. */
    void edit(SentMessage target, OutgoingMessage message);

    /** Whether a transport is connected; with no token the app runs without one. */
    boolean available();
}
