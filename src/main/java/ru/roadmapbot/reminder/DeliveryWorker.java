package ru.roadmapbot.reminder;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import ru.roadmapbot.cluster.ClusterNode;
import ru.roadmapbot.cluster.SendBudget;
import ru.roadmapbot.messenger.DeliveryFailedException;
import ru.roadmapbot.messenger.OutgoingMessage;
import ru.roadmapbot.messenger.RateLimitedException;
import ru.roadmapbot.messenger.RecipientBlockedException;
import ru.roadmapbot.messenger.SentMessage;
import ru.roadmapbot.people.Participants;
import ru.roadmapbot.messenger.Address;
import ru.roadmapbot.messenger.Messengers;

/**
 * Drains the outbox: a few threads per instance claim due messages, reserve the chat (its spacing, shared by every
 * instance through {@link SendBudget}), take a slot of the cluster-wide rate that is free now (replies to people
 * come first), mark the message SENDING, send it through the messenger port, and record the outcome. 429 pauses
 * every instance for retry_after; 403 marks the person blocked; other failures retry with exponential backoff.
 */
@Component
class DeliveryWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
    private static final Duration IDLE = Duration.ofMillis(200);
    private static final Duration INTERRUPTED_AFTER = Duration.ofMinutes(2);
    private static final Duration RECOVERY_EVERY = Duration.ofMinutes(1);
    /** A chat busy with a request looks again this soon: the request's hold is a ceiling, not its end. */
    private static final long CHAT_RECHECK_MILLIS = 2000;

    private final Outbox outbox;
    private final Messengers messengers;
    private final Participants participants;
    private final DeliveryProperties properties;
    private final SendBudget budget;
    private final ClusterNode node;
    private final DeliveryMetrics metrics;
    private final Clock clock;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    DeliveryWorker(Outbox outbox, Messengers messengers, Participants participants, DeliveryProperties properties,
                   SendBudget budget, ClusterNode node, DeliveryMetrics metrics, Clock clock) {
        this.outbox = outbox;
        this.messengers = messengers;
        this.participants = participants;
        this.properties = properties;
        this.budget = budget;
        this.node = node;
        this.metrics = metrics;
        this.clock = clock;
        node.onDeath(dead -> metrics.uncertain(outbox.takeOver(dead)));
    }

    @Override
    public void start() {
        if (!properties.enabled()) {
            return;
        }
        running = true;
        for (int i = 0; i < Math.max(1, properties.workers()); i++) {
            Thread thread = new Thread(this::work, "delivery-" + i);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
    }

    private void work() {
        String worker = Thread.currentThread().getName();
        // Elapsed time on the monotonic clock: how often to look for interrupted sends is not business time.
        long lastRecovery = System.nanoTime() - RECOVERY_EVERY.toNanos();
        while (running) {
            try {
                if (System.nanoTime() - lastRecovery >= RECOVERY_EVERY.toNanos()) {
                    metrics.uncertain(outbox.markInterrupted(INTERRUPTED_AFTER));
                    lastRecovery = System.nanoTime();
                }
                if (!deliverOne(worker)) {
                    Thread.sleep(IDLE.toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Delivery worker error: {}", e.toString());
                sleepQuietly();
            }
        }
    }

    /** Sends the next due message; false when there was none. */
    boolean deliverOne(String worker) throws InterruptedException {
        Optional<Outbox.Claimed> next = outbox.claimNext(node.id(), worker, messengers.available());
        if (next.isEmpty()) {
            return false;
        }
        Outbox.Claimed message = next.get();
        long chatBusy = budget.reserveChat(message.to());
        if (chatBusy > 0) {
            outbox.retry(message.id(), clock.instant().plusMillis(Math.min(chatBusy, CHAT_RECHECK_MILLIS)), false, null);
            return true;
        }
        try {
            long wait;
            while ((wait = budget.takeSlot(message.to().channel(), SendBudget.Priority.REGULAR)) > 0) {
                Thread.sleep(wait); // a reply or another instance has the current slot
            }
            // SENDING only now: a crash while waiting for the slot leaves the message claimed, and it is sent later
            outbox.sending(message.id());
            send(message);
        } finally {
            budget.releaseChat(message.to());
        }
        return true;
    }

    private void send(Outbox.Claimed message) {
        try {
            SentMessage sent = messengers.require(message.to().channel()).send(message.to().chat(),
                    new OutgoingMessage(message.html(), Keyboards.read(message.keyboard())));
            outbox.sent(message.id(), sent.messageId());
            metrics.sent();
        } catch (RateLimitedException e) {
            // the sender has paused every instance already; this message waits its turn again
            outbox.retry(message.id(), clock.instant().plus(e.retryAfter()), false, e.getMessage());
        } catch (RecipientBlockedException e) {
            Optional<Address> other = participants.markBlocked(message.participantId(), message.to());
            if (other.isPresent()) {
                // the person is still reachable on another channel: this message and the queued ones go there
                outbox.retry(message.id(), clock.instant(), false, e.getMessage());
                outbox.redirect(message.participantId(), message.to(), other.get());
                log.info("Participant {} blocked the bot on {}; their messages go to {}", message.participantId(),
                        message.to().channel(), other.get().channel());
                return;
            }
            outbox.failed(message.id(), e.getMessage());
            outbox.failAllFor(message.participantId(), "recipient blocked the bot");
            metrics.failed();
            log.info("Participant {} blocked the bot; their messages stop", message.participantId());
        } catch (DeliveryFailedException e) {
            int attempts = message.attempts() + 1;
            if (!e.isTransient() || attempts >= properties.maxAttempts()) {
                outbox.failed(message.id(), e.getMessage());
                metrics.failed();
            } else {
                outbox.retry(message.id(), clock.instant().plus(backoff(attempts)), true, e.getMessage());
            }
        }
    }

    /** 2, 4, 8… seconds with jitter, capped: a flapping network is not hammered, nothing waits forever. */
    private Duration backoff(int attempts) {
        long seconds = Math.min(properties.maxBackoff().toSeconds(), 1L << Math.min(attempts, 20));
        long jitter = ThreadLocalRandom.current().nextLong(Math.max(1, seconds / 4) + 1);
        return Duration.ofSeconds(seconds + jitter);
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        // no interrupt: a send in flight finishes and is recorded, rather than being cut off and left uncertain
        running = false;
        for (Thread thread : threads) {
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After the bot (which starts in the default phase) and stopped before it. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
