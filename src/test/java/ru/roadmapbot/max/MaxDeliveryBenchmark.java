package ru.roadmapbot.max;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.roadmapbot.RoadmapBotApplication;

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

    /** An application whose MAX delivery runs at {@code rate} messages a second (0 = no limit). */
    public abstract static class Pipeline {

        private ConfigurableApplicationContext context;
        private JdbcTemplate jdbc;
        MaxEmulator max;
        private List<Long> participants;
        private int next;
        private int sequence;

        abstract double rate();

        @Setup(Level.Trial)
        public void start() throws Exception {
            max = MaxEmulator.start(rate() > 0);
            context = new SpringApplicationBuilder(RoadmapBotApplication.class).web(WebApplicationType.NONE)
                    .run("--spring.datasource.url=jdbc:h2:mem:max-delivery-bench-" + rate() + ";DB_CLOSE_DELAY=-1",
                            "--logging.level.root=WARN", "--spring.main.banner-mode=off", "--spring.quartz.auto-startup=false",
                            "--roadmapbot.max.token=" + MaxEmulator.TOKEN, "--roadmapbot.max.base-url=" + max.baseUrl(),
                            "--roadmapbot.max.poll-timeout-seconds=1",
                            "--roadmapbot.delivery.max.messages-per-second=" + rate());
            jdbc = context.getBean(JdbcTemplate.class);
            Timestamp now = Timestamp.from(Instant.now());
            for (int i = 1; i <= PEOPLE; i++) {
                jdbc.update("insert into participant (display_name, role, language, weekly_digest, status, registered_at, "
                        + "created_at, preferred_channel) values (?, 'DIRECTOR', 'ru', false, 'ACTIVE', ?, ?, 'max')",
                        "Директор " + i, now, now);
            }
            participants = new ArrayList<>(jdbc.queryForList("select id from participant order by id", Long.class));
            for (Long participant : participants) {
                String user = user(participant);
                jdbc.update("insert into contact (participant_id, channel, user_id, chat, registered_at) "
                        + "values (?, 'max', ?, ?, ?)", participant, user, user, now);
            }
        }

        private String user(Long participant) {
            return String.valueOf(500_000L + (participant - participants.get(0) + 1));
        }

        /** Queues {@code count} messages to different people and waits until MAX accepted all of them. */
        void deliver(int count) throws InterruptedException {
            Timestamp now = Timestamp.from(Instant.now().minusSeconds(1));
            List<Object[]> rows = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                long participant = participants.get(next);
                next = (next + 1) % participants.size();
                rows.add(new Object[]{"bench-" + (++sequence), participant, user(participant), "Напоминание " + sequence,
                        now, now});
            }
            jdbc.batchUpdate("insert into outbox (dedup_key, participant_id, channel, chat, html, not_before, attempts, state, "
                    + "created_at) values (?, ?, 'max', ?, ?, ?, 0, 'PENDING', ?)", rows);
            while (jdbc.queryForObject("select count(*) from outbox where state in ('PENDING', 'SENDING')", Integer.class) > 0) {
                Thread.sleep(5);
            }
        }

        @TearDown(Level.Trial)
        public void stop() {
            System.out.printf("%n[fake MAX] rate %s: %d messages accepted, %d answered 429%n",
                    rate() == 0 ? "lifted" : rate(), max.accepted(), max.rateLimitedAnswers());
            context.close();
            max.close();
        }
    }

    @State(Scope.Benchmark)
    public static class Unlimited extends Pipeline {
        @Override
        double rate() {
            return 0;
        }
    }

    @State(Scope.Benchmark)
    public static class DefaultLimit extends Pipeline {
        @Override
        double rate() {
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
