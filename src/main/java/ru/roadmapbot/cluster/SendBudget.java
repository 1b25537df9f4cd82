package ru.roadmapbot.cluster;

import java.time.Duration;

/**
 * The send budget every instance shares, so that N instances together stay within one bot's limits (Telegram: about
 * 30 messages a second, about one a second per chat): a global rate whose slots replies take ahead of queued
 * messages, each chat's spacing, and a pause for everyone when Telegram answers 429.
 */
public interface SendBudget {

    /** Who is waiting for the budget. */
    enum Priority {
        /** A reply to someone who just wrote: takes the next slot even when it lies ahead, and waits for it. */
        URGENT,
        /** A queued message: takes only a slot that is free now, so it never queues ahead of a reply. */
        REGULAR
    }

    /**
     * Takes a slot of the global rate. URGENT waits for its slot and returns 0; REGULAR returns 0 when it took a slot
     * that is free now, else the milliseconds until one may be (it took nothing and should come back).
     */
    long takeSlot(Priority priority) throws InterruptedException;

    /** Telegram answered 429: nobody sends before {@code retryAfter} has passed. */
    void pause(Duration retryAfter);

    /**
     * Reserves a chat for one request: 0 when reserved (release it with {@link #releaseChat}), else the milliseconds
     * until its spacing allows the next message.
     */
    long reserveChat(long chatId);

    /** Waits until the chat can be reserved, then reserves it (a reply: the person is waiting for it). */
    void awaitChat(long chatId) throws InterruptedException;

    /** The request to the chat is answered: its next message may leave one spacing from now. */
    void releaseChat(long chatId);

    /**
     * Ignores a chat for a while (its person flooded the bot); true for the one caller in the cluster that silenced
     * it first, which says so to the person, false while it is silenced already.
     */
    boolean silence(long chatId, Duration pause);

    /** No limits at all, for a process that talks to a fake Telegram alone (tests of the sender). */
    static SendBudget unlimited() {
        return new SendBudget() {
            @Override
            public long takeSlot(Priority priority) {
                return 0;
            }

            @Override
            public void pause(Duration retryAfter) {
                // nobody else to tell
            }

            @Override
            public long reserveChat(long chatId) {
                return 0;
            }

            @Override
            public void awaitChat(long chatId) {
                // always free
            }

            @Override
            public void releaseChat(long chatId) {
                // nothing held
            }

            @Override
            public boolean silence(long chatId, Duration pause) {
                return true;
            }
        };
    }
}
