package ru.roadmapbot.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * What delivery counts for Prometheus: queued messages sent, failed and left uncertain by a dead instance, and the
 * outbox's depth and the age of its oldest due message (read from the database at
 * most every few seconds, however often it is scraped).
 */
@Component
class DeliveryMetrics {

    private static final Duration DEPTH_FRESH = Duration.ofSeconds(5);

    private final Counter sent;
    private final Counter failed;
    private final Counter uncertain;
    private final Outbox outbox;
    private final Clock clock;
    private volatile Outbox.Depth depth;
    private volatile long depthReadAt;

    DeliveryMetrics(MeterRegistry meters, Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
        this.sent = Counter.builder("roadmapbot.messages.sent").description("messages Telegram accepted").register(meters);
        this.failed = Counter.builder("roadmapbot.messages.failed").description("messages given up").register(meters);
        this.uncertain = Counter.builder("roadmapbot.messages.uncertain")
                .description("messages an instance died while sending; never resent").register(meters);
        gauge(meters, "roadmapbot.outbox.depth", "messages due and not sent yet", metrics -> metrics.depth().pending());
        gauge(meters, "roadmapbot.outbox.age", "seconds the oldest due message has waited", metrics -> {
            Instant oldest = metrics.depth().oldestDue();
            return oldest == null ? 0 : Math.max(0, Duration.between(oldest, metrics.clock.instant()).toMillis() / 1000.0);
        });
    }

    private void gauge(MeterRegistry meters, String name, String description, ToDoubleFunction<DeliveryMetrics> value) {
        Gauge.builder(name, this, value).description(description).register(meters);
    }

    void sent() {
        sent.increment();
    }

    void failed() {
        failed.increment();
    }

    void uncertain(int count) {
        uncertain.increment(count);
    }

    private Outbox.Depth depth() {
        long now = System.nanoTime();
        if (depth == null || now - depthReadAt > DEPTH_FRESH.toNanos()) {
            depth = outbox.depth();
            depthReadAt = now;
        }
        return depth;
    }
}
