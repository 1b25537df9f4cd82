package ru.roadmapbot.conversation;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import ru.roadmapbot.cluster.SendBudget;
import ru.roadmapbot.people.Participants;

/**
 * Where everything people do enters, from every channel, by long poll or webhook: the update is claimed (so it is
 * handled once, by one instance), a person who floods is stopped here, and the rest is handed to {@link UpdateQueue}
 * so the poll or the webhook request returns at once, one person's updates in order and one at a time.
 */
public class ConversationIntake {

    private final ConversationRouter router;
    private final ProcessedUpdates processed;
    private final FloodGuard flood;
    private final UpdateQueue queue;
    private final SendBudget budget;
    private final Participants participants;
    private final Duration pause;
    private final Timer lag;
    private final Counter ignored;
    // real time: how late an update is handled is measured against the messenger's stamp, not a demo clock
    private final Clock realTime = Clock.systemUTC();

    ConversationIntake(ConversationRouter router, ProcessedUpdates processed, FloodGuard flood, UpdateQueue queue,
                       SendBudget budget, Participants participants, ConversationProperties properties,
                       MeterRegistry meters) {
        this.participants = participants;
        this.router = router;
        this.processed = processed;
        this.flood = flood;
        this.queue = queue;
        this.budget = budget;
        this.pause = properties.flood().pause();
        this.lag = Timer.builder("roadmapbot.conversation.update.lag")
                .description("from the messenger's date of a message to the start of its handling").register(meters);
        this.ignored = Counter.builder("roadmapbot.conversation.updates.ignored")
                .description("updates of people who flooded the bot").register(meters);
    }

    /** Takes an update; returns at once, the handling goes on in the queue. */
    public void accept(Incoming incoming) {
        if (!processed.claim(incoming.eventKey())) {
            return;
        }
        Sender from = incoming.from();
        switch (flood.check(from.key())) {
            case HANDLE -> queue.submit(queueKey(from), () -> handle(incoming));
            case WARN -> {
                if (budget.silence(from.address(), pause)) {
                    queue.submit(queueKey(from), () -> router.slowDown(from, pause));
                }
            }
            case IGNORE -> ignored.increment();
        }
    }

    /**
     * A registered person's updates queue under the person, not the account: what they do in Telegram and in MAX at
     * the same moment is handled one after the other, as if they had done it in one messenger.
     */
    private String queueKey(Sender from) {
        return participants.idOf(from.channel(), from.userId()).map(id -> "person:" + id).orElse(from.key());
    }

    private void handle(Incoming incoming) {
        if (incoming.sentAt() != null && !(incoming instanceof Incoming.Press)) {
            lag.record(Duration.between(incoming.sentAt(), realTime.instant()));
        }
        router.route(incoming);
    }
}
