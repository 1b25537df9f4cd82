package ru.roadmapbot.reminder;

/** Where a queued message stands. */
enum OutboxState {
    /** Waiting to be sent (not before its time). */
    PENDING,
    /** Claimed by a worker and being sent right now. */
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
