package ru.roadmapbot.reminder;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The delivery pipeline (queue → claim → pace → send through the Telegram adapter → record) against a local fake
 * Bot API that enforces Telegram's own limits (30 a second per bot, 1 a second per chat) and counts its 429s.
 * {@code ceiling}: the global rate limit lifted and the fake's limits off, what the pipeline itself can do.
 * {@code defaultLimit}: the default 25 messages a second against the limits, to be reached without a single 429. Messages per second; run with
 * {@code mvn -B -q test-compile exec:exec@jmh -Djmh.bench=DeliveryBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
public class DeliveryBenchmark {

    static final int CEILING_BATCH = 1000;
    static final int LIMIT_BATCH = 125;
    static final int CHATS = 6000;

    /** The application's delivery over Telegram at {@code rate} messages a second (0 = no global limit). */
    public abstract static class Pipeline extends DeliveryPipeline {

        FakeTelegramServer telegram;

        @Override
        protected String channel() {
            return "telegram";
        }

        @Override
        protected int people() {
            return CHATS;
        }

        @Override
        protected List<String> startFake(boolean limited) throws IOException {
            // the ceiling is measured against a fake without limits; the default rate against one that enforces Telegram's
            telegram = new FakeTelegramServer(0, limited);
            return List.of("--roadmapbot.telegram.token=999:BENCH", "--roadmapbot.telegram.base-url=" + telegram.baseUrl(),
                    "--roadmapbot.telegram.poll-timeout-seconds=1", "--roadmapbot.delivery.messages-per-second=" + rate());
        }

        @Override
        protected String report() {
            return telegram.total() + " messages accepted, " + telegram.tooManyRequests() + " answered 429";
        }

        @Override
        protected void stopFake() {
            telegram.close();
        }
    }

    @State(Scope.Benchmark)
    public static class Unlimited extends Pipeline {
        @Override
        protected double rate() {
            return 0;
        }
    }

    @State(Scope.Benchmark)
    public static class DefaultLimit extends Pipeline {
        @Override
        protected double rate() {
            return 25;
        }
    }

    @Benchmark
    @OperationsPerInvocation(CEILING_BATCH)
    @Warmup(iterations = 2, time = 5)
    @Measurement(iterations = 5, time = 5)
    public void ceiling(Unlimited pipeline) throws InterruptedException {
        pipeline.deliver(CEILING_BATCH);
    }

    @Benchmark
    @OperationsPerInvocation(LIMIT_BATCH)
    @Warmup(iterations = 1, time = 5)
    @Measurement(iterations = 4, time = 10)
    public void defaultLimit(DefaultLimit pipeline) throws InterruptedException {
        pipeline.deliver(LIMIT_BATCH);
    }
}
