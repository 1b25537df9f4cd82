package ru.roadmapbot.reminder;

/** Where a queued message stands. */
enum OutboxState {
    /** Waiting to be sent (not before its time). */
    PENDING,
    /**
     * Taken by an instance, which waits for the chat's spacing and a slot of the rate; not sent yet, so when that
     * instance dies it goes back to PENDING.
     */
    CLAIMED,
    /** Being sent right now: its request may be on its way to Telegram. */
    SENDING,
    /** Telegram accepted it. */
    SENT,
    /** Will not be sent: the person blocked the bot, or retries ran out. */
    FAILED,
    /**
     * A worker died while sending it, so nobody knows whether Telegram got it. It is never sent again: Telegram has
     * no idempotency key, and a repeat the person sees twice is worse than a message that may be missing.
     */
    UNCERTAIN
}
