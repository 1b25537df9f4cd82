package ru.roadmapbot.cluster;

import java.time.Duration;
import ru.roadmapbot.messenger.Address;
import ru.roadmapbot.messenger.Channel;

/**
 * The send budget every instance shares, so that N instances together stay within each bot's limits (Telegram: about
 * 30 messages a second, about one a second per chat; MAX: 30 requests a second): per channel a rate whose slots
 * replies take ahead of queued messages, each chat's spacing, and a pause for everyone when the channel answers 429.
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
    long takeSlot(Channel channel, Priority priority) throws InterruptedException;

    /** The channel answered 429: nobody sends on it before {@code retryAfter} has passed. */
    void pause(Channel channel, Duration retryAfter);

    /**
     * Reserves a chat for one request: 0 when reserved (release it with {@link #releaseChat}), else the milliseconds
     * until its spacing allows the next message.
     */
    long reserveChat(Address chat);

    /** Waits until the chat can be reserved, then reserves it (a reply: the person is waiting for it). */
    void awaitChat(Address chat) throws InterruptedException;

    /** The request to the chat is answered: its next message may leave one spacing from now. */
    void releaseChat(Address chat);

    /**
     * Ignores a chat for a while (its person flooded the bot); true for the one caller in the cluster that silenced
     * it first, which says so to the person, false while it is silenced already.
     */
    boolean silence(Address chat, Duration pause);

    /** No limits at all, for a process that talks to a fake messenger alone (tests of a sender). */
    static SendBudget unlimited() {
        return new SendBudget() {
            @Override
            public long takeSlot(Channel channel, Priority priority) {
                return 0;
            }

            @Override
            public void pause(Channel channel, Duration retryAfter) {
                // nobody else to tell
            }

            @Override
            public long reserveChat(Address chat) {
                return 0;
            }

            @Override
            public void awaitChat(Address chat) {
                // always free
            }

            @Override
            public void releaseChat(Address chat) {
                // nothing held
            }

            @Override
            public boolean silence(Address chat, Duration pause) {
                return true;
            }
        };
    }
}
