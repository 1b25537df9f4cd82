package ru.roadmapbot.cluster;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import java.util.EnumMap;
import java.util.Map;
import ru.roadmapbot.messenger.Address;
import ru.roadmapbot.messenger.Channel;

/**
 * The send budget in the shared database. The global rate is a sequence of slots one interval apart
 * ({@code send_rate.next_slot}), each taken by one compare-and-set; each chat has the earliest moment its next message
 * may leave ({@code chat_pace.next_at}), held for the time of a request and set one spacing after its answer, so a gap
 * measured at Telegram is never below the spacing. Times are the machine's real time (milliseconds; slots in
 * microseconds), not the application's clock. Each step is one statement, committed at once: call it outside a
 * transaction.
 */
class DatabaseSendBudget implements SendBudget {

    /** A chat reservation held for longer than this belongs to a request that never came back (its instance died). */
    static final Duration IN_FLIGHT = Duration.ofSeconds(60);
    /** How often a reply waiting for its chat looks again. */
    private static final long RECHECK_MILLIS = 50;

    private final JdbcTemplate jdbc;
    private final ClusterNode node;
    private final Clock realTime;
    private final Map<Channel, Long> intervalMicros = new EnumMap<>(Channel.class);
    private final Map<Channel, Long> spacingMillis = new EnumMap<>(Channel.class);

    DatabaseSendBudget(JdbcTemplate jdbc, ClusterNode node, Clock realTime, SendLimits limits) {
        this.jdbc = jdbc;
        this.node = node;
        this.realTime = realTime;
        long jitterMicros = limits.jitter().toNanos() / 1000;
        for (Channel channel : Channel.values()) {
            SendLimits.ChannelLimits own = limits.of(channel);
            // R slots span a second plus the jitter between taking a slot and the request reaching the messenger
            // (threads, GC, a database write, the network), so that no second as it counts holds more than R
            intervalMicros.put(channel, own.messagesPerSecond() <= 0 ? 0
                    : (long) ((1_000_000 + jitterMicros) / own.messagesPerSecond()));
            spacingMillis.put(channel, own.chatSpacing().toMillis());
        }
        node.onDeath(this::releaseChatsOf);
    }

    /**
     * Takes a slot of the global rate. URGENT waits for its slot and returns 0; REGULAR returns 0 when it took a slot
     * that is free now, else the milliseconds until one may be (it took nothing and should come back).
     */
    @Override
    public long takeSlot(Channel channel, Priority priority) throws InterruptedException {
        long interval = intervalMicros.get(channel);
        if (interval == 0) {
            return 0;
        }
        while (true) {
            long next = jdbc.queryForObject("select next_slot from send_rate where channel = ?", Long.class, channel.key());
            long now = micros();
            if (priority == Priority.REGULAR && next > now) {
                return Math.max(1, (next - now) / 1000);
            }
            long slot = Math.max(now, next);
            if (jdbc.update("update send_rate set next_slot = ? where channel = ? and next_slot = ?", slot + interval,
                    channel.key(), next) == 1) {
                long wait = slot - micros();
                if (wait > 0) {
                    TimeUnit.MICROSECONDS.sleep(wait);
                }
                return 0;
            }
        }
    }

    /** The channel answered 429: nobody in the cluster sends on it before {@code retryAfter} has passed. */
    @Override
    public void pause(Channel channel, Duration retryAfter) {
        long until = micros() + retryAfter.toNanos() / 1000;
        jdbc.update("update send_rate set next_slot = ? where channel = ? and next_slot < ?", until, channel.key(), until);
    }

    /**
     * Reserves a chat for one request: 0 when reserved (release it with {@link #releaseChat}), else the milliseconds
     * until its spacing allows the next message.
     */
    @Override
    public long reserveChat(Address chat) {
        String chatId = chat.key();
        long now = realTime.millis();
        long until = now + IN_FLIGHT.toMillis();
        if (jdbc.update("update chat_pace set next_at = ?, holder = ? where chat_key = ? and next_at <= ?", until,
                node.id(), chatId, now) == 1) {
            return 0;
        }
        Long nextAt = jdbc.query("select next_at from chat_pace where chat_key = ?", rs -> rs.next() ? rs.getLong(1) : null,
                chatId);
        if (nextAt != null) {
            return Math.max(1, nextAt - now);
        }
        try {
            jdbc.update("insert into chat_pace (chat_key, next_at, holder) values (?, ?, ?)", chatId, until, node.id());
            return 0;
        } catch (DataIntegrityViolationException anotherWasFirst) {
            return spacingMillis.get(chat.channel());
        }
    }

    /** Waits until the chat can be reserved, then reserves it (replies: the person is waiting for this one). */
    @Override
    public void awaitChat(Address chat) throws InterruptedException {
        long wait;
        while ((wait = reserveChat(chat)) > 0) {
            // a request in flight holds the chat for up to IN_FLIGHT, but its answer usually comes in milliseconds
            TimeUnit.MILLISECONDS.sleep(Math.min(wait, RECHECK_MILLIS));
        }
    }

    /** The request to the chat is answered: its next message may leave one spacing from now. */
    @Override
    public void releaseChat(Address chat) {
        jdbc.update("update chat_pace set next_at = ?, holder = null where chat_key = ? and holder = ?",
                realTime.millis() + spacingMillis.get(chat.channel()), chat.key(), node.id());
    }

    @Override
    public boolean silence(Address chat, Duration pause) {
        String chatId = chat.key();
        long now = realTime.millis();
        if (jdbc.update("update chat_pace set ignored_until = ? where chat_key = ? and (ignored_until is null "
                + "or ignored_until < ?)", now + pause.toMillis(), chatId, now) == 1) {
            return true;
        }
        try {
            return jdbc.update("insert into chat_pace (chat_key, next_at, ignored_until) select ?, 0, ? where not exists "
                    + "(select 1 from chat_pace where chat_key = ?)", chatId, now + pause.toMillis(), chatId) == 1;
        } catch (DataIntegrityViolationException anotherWasFirst) {
            return false;
        }
    }

    /** A dead instance's requests may have reached a messenger just now: their chats wait one spacing, not a minute. */
    private void releaseChatsOf(Set<String> deadNodes) {
        long next = realTime.millis() + spacingMillis.values().stream().mapToLong(Long::longValue).max().orElse(1000);
        for (String dead : deadNodes) {
            jdbc.update("update chat_pace set next_at = ?, holder = null where holder = ?", next, dead);
        }
    }

    private long micros() {
        java.time.Instant now = realTime.instant();
        return now.getEpochSecond() * 1_000_000 + now.getNano() / 1000;
    }
}
