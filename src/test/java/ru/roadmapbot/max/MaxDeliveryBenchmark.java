package ru.roadmapbot.max;

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

import ru.roadmapbot.reminder.DeliveryPipeline;

/**
 * The delivery pipeline over MAX (queue → claim → pace → {@code POST /messages} through the MAX adapter → record)
 * against the fake MAX Bot API. {@code ceiling}: MAX's rate setting lifted and the fake's 30 requests a second off,
 * what the pipeline and the JDK HTTP client can do. {@code defaultLimit}: MAX's default 25 messages a second against
 * the fake that answers 429 beyond 30, to be reached without a single 429. Messages per second; run with
 * {@code mvn -B -q test-compile exec:exec@jmh -Djmh.bench=MaxDeliveryBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
public class MaxDeliveryBenchmark {

    static final int CEILING_BATCH = 1000;
    static final int LIMIT_BATCH = 125;
    static final int PEOPLE = 3000;

    /** The application's delivery over MAX at {@code rate} messages a second (0 = no limit). */
    public abstract static class Pipeline extends DeliveryPipeline {

        MaxEmulator max;

        @Override
        protected String channel() {
            return "max";
        }

        @Override
        protected int people() {
            return PEOPLE;
        }

        @Override
        protected List<String> startFake(boolean limited) throws IOException {
            max = MaxEmulator.start(limited);
            return List.of("--roadmapbot.max.token=" + MaxEmulator.TOKEN, "--roadmapbot.max.base-url=" + max.baseUrl(),
                    "--roadmapbot.max.poll-timeout-seconds=1", "--roadmapbot.delivery.max.messages-per-second=" + rate());
        }

        @Override
        protected String report() {
            return max.accepted() + " messages accepted, " + max.rateLimitedAnswers() + " answered 429";
        }

        @Override
        protected void stopFake() {
            max.close();
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
