package ru.roadmapbot.messenger;

import java.io.IOException;

/**
 * One channel's transport: everything the product says to people and needs from their messenger goes through here,
 * so features and the conversation never see a transport's types. Implemented by each adapter (Telegram, MAX).
 * Messages are HTML of the small subset both channels render (b, i, u, s, a, code, pre).
 */
public interface Messenger {

    Channel channel();

    /**
     * Sends a queued message; the outbox's worker has reserved the chat and taken a slot of the rate for it
     * ({@code SendBudget}). Long texts are split by the transport.
     *
     * @throws RecipientBlockedException the person blocked the bot
     * @throws RateLimitedException      the transport asks to wait
     * @throws DeliveryFailedException   anything else went wrong
     */
    SentMessage send(String chat, OutgoingMessage message);

    /** Answers someone who just wrote: waits for the chat's spacing and takes the next slot ahead of the queue. */
    SentMessage reply(String chat, OutgoingMessage message);

    /** Replaces the text and buttons of a message sent earlier; unchanged content is no error. */
    void edit(SentMessage target, OutgoingMessage message);

    /** Sends a file (a proof to a curator) with a short HTML caption. */
    void sendFile(String chat, String fileName, byte[] content, String captionHtml);

    /** Answers a button press (the person's client waits for it), with a short notice or none. */
    void answerPress(String pressId, String notice);

    /**
     * Downloads a file a person sent, refusing one larger than {@code maxBytes}.
     *
     * @param fileRef what the transport gave in the incoming message (Telegram's file id, MAX's download URL)
     */
    byte[] download(String fileRef, long maxBytes) throws IOException;

    /** Whether the transport is connected; without its token a channel is off and the rest of the app runs. */
    boolean available();
}
