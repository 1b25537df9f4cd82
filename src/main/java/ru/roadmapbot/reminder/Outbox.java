package ru.roadmapbot.reminder;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import ru.roadmapbot.messenger.OutgoingMessage;
import ru.roadmapbot.messenger.Address;
import ru.roadmapbot.messenger.Channel;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The delivery queue. Producers enqueue under a dedup key (one key, one message); workers claim a row with a
 * conditional update (portable across H2 and PostgreSQL, and safe with several instances), send it, and record
 * the outcome. A row is marked SENDING in its own committed step right before the send, so a crash leaves it
 * SENDING and it is never sent again (see {@link OutboxState#UNCERTAIN}).
 */
@Service
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);
    private static final int CANDIDATES = 16;

    private final OutboxRepository repository;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    Outbox(OutboxRepository repository, JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Queues a message unless one with the same key was ever queued; returns whether it was new. The insert has a
     * transaction of its own, committed at once: when another instance inserted the key first, only that small
     * transaction fails (PostgreSQL aborts a transaction on any error), never the caller's.
     */
    public boolean enqueue(String dedupKey, Long participantId, Address to, OutgoingMessage message, Instant notBefore) {
        try {
            return Boolean.TRUE.equals(ownTransaction.execute(status -> {
                if (repository.existsByDedupKey(dedupKey)) {
                    return false;
                }
                repository.saveAndFlush(new OutboxMessage(dedupKey, participantId, to, message.html(),
                        Keyboards.write(message.keyboard()), notBefore, clock.instant()));
                return true;
            }));
        } catch (DataIntegrityViolationException anotherInstanceWasFirst) {
            return false;
        }
    }

    /** A message claimed for sending. */
    record Claimed(long id, long participantId, Address to, String html, String keyboard, int attempts) {
    }

    /**
     * Claims one of the oldest due messages of the channels this instance can send on (CLAIMED: not sent yet), or
     * none when nothing is due.
     * Workers start at different places among the candidates so they rarely collide; a row another worker took
     * first is skipped, and when all were taken the worker looks again rather than idling.
     */
    Optional<Claimed> claimNext(String node, String worker, Set<Channel> channels) {
        if (channels.isEmpty()) {
            return Optional.empty();
        }
        String which = channels.stream().map(c -> "'" + c.key() + "'").sorted().collect(Collectors.joining(", "));
        while (true) {
            Instant now = clock.instant();
            List<Claimed> candidates = jdbc.query("select id, participant_id, channel, chat, html, keyboard, attempts "
                            + "from outbox where state = 'PENDING' and not_before <= ? and channel in (" + which + ") "
                            + "order by not_before, id limit " + CANDIDATES,
                    (rs, row) -> new Claimed(rs.getLong(1), rs.getLong(2),
                            new Address(Channel.ofKey(rs.getString(3)), rs.getString(4)), rs.getString(5), rs.getString(6),
                            rs.getInt(7)), Timestamp.from(now));
            if (candidates.isEmpty()) {
                return Optional.empty();
            }
            int start = Math.floorMod((node + worker).hashCode(), candidates.size());
            for (int i = 0; i < candidates.size(); i++) {
                Claimed candidate = candidates.get((start + i) % candidates.size());
                // not_before again: the candidate list may be stale, and a row put back after a 429 must wait
                int taken = jdbc.update("update outbox set state = 'CLAIMED', claimed_by = ?, claimed_at = ? "
                        + "where id = ? and state = 'PENDING' and not_before <= ?", node, Timestamp.from(now), candidate.id(),
                        Timestamp.from(now));
                if (taken == 1) {
                    return Optional.of(candidate);
                }
            }
        }
    }

    /**
     * The request is about to leave: SENDING, committed before it does. From here on a crash leaves the message
     * UNCERTAIN, never sent twice.
     */
    void sending(long id) {
        jdbc.update("update outbox set state = 'SENDING', claimed_at = ? where id = ? and state = 'CLAIMED'",
                Timestamp.from(clock.instant()), id);
    }

    void sent(long id, String messageId) {
        jdbc.update("update outbox set state = 'SENT', sent_message_id = ?, sent_at = ?, last_error = null where id = ?",
                messageId, Timestamp.from(clock.instant()), id);
    }

    /** How many messages wait and since when the oldest is due (for metrics). */
    record Depth(long pending, Instant oldestDue) {
    }

    Depth depth() {
        return jdbc.query("select count(*), min(not_before) from outbox where state = 'PENDING' and not_before <= ?",
                rs -> {
                    rs.next();
                    Timestamp oldest = rs.getTimestamp(2);
                    return new Depth(rs.getLong(1), oldest == null ? null : oldest.toInstant());
                }, Timestamp.from(clock.instant()));
    }

    /** Back to the queue, not before {@code notBefore}; {@code failed} counts the attempt. */
    void retry(long id, Instant notBefore, boolean failed, String error) {
        jdbc.update("update outbox set state = 'PENDING', not_before = ?, attempts = attempts + ?, last_error = ?, "
                + "claimed_by = null where id = ?", Timestamp.from(notBefore), failed ? 1 : 0, truncate(error), id);
    }

    void failed(long id, String error) {
        jdbc.update("update outbox set state = 'FAILED', last_error = ? where id = ?", truncate(error), id);
    }

    /** The person blocked the bot everywhere: everything still queued for them fails now instead of one by one. */
    void failAllFor(long participantId, String error) {
        jdbc.update("update outbox set state = 'FAILED', last_error = ? where participant_id = ? and state = 'PENDING'",
                truncate(error), participantId);
    }

    /**
     * The person blocked the bot on one account but has another: what is still queued for the blocked one goes to
     * the other instead, each message once.
     */
    int redirect(long participantId, Address from, Address to) {
        return jdbc.update("update outbox set channel = ?, chat = ? where participant_id = ? and state = 'PENDING' "
                + "and channel = ? and chat = ?", to.channel().key(), to.chat(), participantId, from.channel().key(),
                from.chat());
    }

    /**
     * The work of instances found dead: what they had only claimed goes back to the queue; what they were sending
     * may have reached the messenger, so it is marked UNCERTAIN and never resent.
     */
    int takeOver(java.util.Set<String> deadNodes) {
        int uncertain = 0;
        for (String dead : deadNodes) {
            jdbc.update("update outbox set state = 'PENDING', claimed_by = null where state = 'CLAIMED' and claimed_by = ?",
                    dead);
            uncertain += jdbc.update("update outbox set state = 'UNCERTAIN', last_error = 'instance died while sending' "
                    + "where state = 'SENDING' and claimed_by = ?", dead);
        }
        if (uncertain > 0) {
            log.warn("{} message(s) were being sent by an instance that died; not resent, to avoid showing them twice",
                    uncertain);
        }
        return uncertain;
    }

    /** Rows a dead worker left SENDING: nobody knows if they went out, so they are marked and never resent. */
    int markInterrupted(Duration olderThan) {
        int uncertain = jdbc.update("update outbox set state = 'UNCERTAIN', last_error = 'interrupted while sending' "
                + "where state = 'SENDING' and claimed_at < ?", Timestamp.from(clock.instant().minus(olderThan)));
        if (uncertain > 0) {
            log.warn("{} message(s) were being sent when a worker stopped; not resent, to avoid showing them twice", uncertain);
        }
        return uncertain;
    }

    @Transactional(readOnly = true)
    public boolean exists(String dedupKey) {
        return repository.existsByDedupKey(dedupKey);
    }

    private static String truncate(String text) {
        return text == null ? null : text.length() > 1000 ? text.substring(0, 1000) : text;
    }
}
