package ru.roadmapbot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;

import ru.roadmapbot.cluster.SendBudget;

/**
 * Where every update enters, by long poll or webhook: its id is claimed (so it is handled once, by one instance),
 * a person who floods is stopped here, and the rest is handed to {@link UpdateQueue} so the poll or the webhook
 * request returns at once.
 */
class UpdateIntake implements LongPollingUpdateConsumer {

    private final UpdateRouter router;
    private final ProcessedUpdates processed;
    private final FloodGuard flood;
    private final UpdateQueue queue;
    private final SendBudget budget;
    private final Duration pause;
    private final Timer lag;
    private final Counter ignored;
    // real time: how late an update is handled is measured against Telegram's stamp, not a demo clock
    private final Clock realTime = Clock.systemUTC();

    UpdateIntake(UpdateRouter router, ProcessedUpdates processed, FloodGuard flood, UpdateQueue queue, SendBudget budget,
                 TelegramProperties properties, MeterRegistry meters) {
        this.router = router;
        this.processed = processed;
        this.flood = flood;
        this.queue = queue;
        this.budget = budget;
        this.pause = properties.flood().pause();
        this.lag = Timer.builder("roadmapbot.telegram.update.lag")
                .description("from Telegram's date of a message to the start of its handling").register(meters);
        this.ignored = Counter.builder("roadmapbot.telegram.updates.ignored")
                .description("updates of people who flooded the bot").register(meters);
    }

    @Override
    public void consume(List<Update> updates) {
        updates.forEach(this::accept);
    }

    /** Takes an update; returns at once, the handling goes on in the queue. */
    void accept(Update update) {
        User from = sender(update);
        if (from == null || !processed.claim(update.getUpdateId())) {
            return;
        }
        switch (flood.check(from.getId())) {
            case HANDLE -> queue.submit(from.getId(), () -> handle(update));
            case WARN -> {
                if (budget.silence(from.getId(), pause)) {
                    queue.submit(from.getId(), () -> router.slowDown(update, pause));
                }
            }
            case IGNORE -> ignored.increment();
        }
    }

    private void handle(Update update) {
        if (update.hasMessage() && update.getMessage().getDate() != null) {
            lag.record(Duration.between(Instant.ofEpochSecond(update.getMessage().getDate()), realTime.instant()));
        }
        router.route(update);
    }

    private static User sender(Update update) {
        if (update.hasCallbackQuery()) {
            return update.getCallbackQuery().getFrom();
        }
        return update.hasMessage() ? update.getMessage().getFrom() : null;
    }
}
