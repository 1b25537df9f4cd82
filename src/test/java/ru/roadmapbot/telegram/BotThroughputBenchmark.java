package ru.roadmapbot.telegram;

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
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import ru.roadmapbot.RoadmapBotApplication;
import ru.roadmapbot.people.InvitationRequest;
import ru.roadmapbot.people.Invitations;
import ru.roadmapbot.people.Role;

/**
 * Updates the bot handles per second through the Bot API emulator, end to end: a registered user sends commands,
 * the bot long-polls them, routes each (claiming its update id in the database), answers with a sendMessage, and
 * the benchmark waits until every answer has arrived. Two kinds of command: /help (routing and one reply) and
 * /tasks (an agenda computed over the five seed roadmaps). Run with
 * {@code mvn -B -q test-compile exec:exec@jmh -Djmh.bench=BotThroughputBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class BotThroughputBenchmark {

    static final int BATCH = 100;

    private TelegramEmulator emulator;
    private ConfigurableApplicationContext context;
    private final TelegramEmulator.User user = new TelegramEmulator.User(9001, "Бенч");

    @Setup
    public void start() throws Exception {
        emulator = TelegramEmulator.start();
        context = new SpringApplicationBuilder(RoadmapBotApplication.class).web(WebApplicationType.NONE)
                // arguments, not default properties: application.properties would override those
                .run("--spring.datasource.url=jdbc:h2:mem:bot-benchmark;DB_CLOSE_DELAY=-1",
                        "--logging.level.root=WARN", "--spring.main.banner-mode=off",
                        "--roadmapbot.telegram.token=" + TelegramEmulator.TOKEN,
                        "--roadmapbot.telegram.base-url=" + emulator.baseUrl(),
                        "--roadmapbot.telegram.poll-timeout-seconds=5",
                        "--roadmapbot.demo.enabled=true",
                        "--roadmapbot.clock.fixed=2022-03-01T09:00:00+03:00",
                        // the ceiling of the pipeline: Telegram's limits, which replies keep since issue 11 (22.7 a
                        // second, one a second per chat), and the flood guard a hundred commands from one person trip
                        // are lifted
                        "--roadmapbot.delivery.messages-per-second=0", "--roadmapbot.delivery.chat-spacing=0s",
                        "--roadmapbot.conversation.flood.updates=1000000");
        String token = context.getBean(Invitations.class).invite(new InvitationRequest(Role.DIRECTOR, "Бенч Б.Б.",
                "МБОУ Галицкая СОШ", List.of(), null, null)).token();
        emulator.command(user, "/start " + token);
        awaitReplies(1);
    }

    @TearDown
    public void stop() {
        context.close();
        emulator.close();
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void help() throws InterruptedException {
        roundTrip("/help");
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void tasks() throws InterruptedException {
        roundTrip("/tasks");
    }

    private void roundTrip(String command) throws InterruptedException {
        for (int i = 0; i < BATCH; i++) {
            emulator.command(user, command);
        }
        awaitReplies(BATCH);
    }

    private void awaitReplies(int expected) throws InterruptedException {
        int received = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (received < expected) {
            received += emulator.takeNewMessages(user);
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + received + " of " + expected + " replies arrived");
            }
            if (received < expected) {
                Thread.sleep(2);
            }
        }
    }
}
