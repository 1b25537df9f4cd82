package ru.roadmapbot.messenger;

/** The person blocked the bot or deleted the chat: stop writing to them. */
public class RecipientBlockedException extends DeliveryFailedException {

    public RecipientBlockedException(String message, Throwable cause) {
        super(message, false, cause);
    }
}
