package ru.roadmapbot.reminder;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.roadmapbot.RoadmapBotApplication;

/**
 * The application's delivery pipeline for a delivery benchmark, over one messenger and its fake server: people with a
 * contact on that messenger are written straight into the tables, messages are queued in the outbox in batches, and
 * a batch counts once the messenger accepted all of it. A subclass names the messenger and starts its fake.
 */
public abstract class DeliveryPipeline {

    private ConfigurableApplicationContext context;
    private JdbcTemplate jdbc;
    private List<Long> participants;
    private int next;
    private int sequence;

    /** Messages a second of this messenger's budget (0 = no limit, and the fake enforces none either). */
    protected abstract double rate();

    /** The messenger's key in the tables ("telegram", "max"). */
    protected abstract String channel();

    protected abstract int people();

    /** Starts the fake server and returns the application's settings that point the messenger at it. */
    protected abstract List<String> startFake(boolean limited) throws IOException;

    /** What the fake saw, printed at the end. */
    protected abstract String report();

    protected abstract void stopFake();

    @Setup(Level.Trial)
    public void start() throws Exception {
        List<String> arguments = Stream.concat(Stream.of(
                "--spring.datasource.url=jdbc:h2:mem:delivery-bench-" + channel() + "-" + rate() + ";DB_CLOSE_DELAY=-1",
                "--logging.level.root=WARN", "--spring.main.banner-mode=off", "--spring.quartz.auto-startup=false"),
                startFake(rate() > 0).stream()).toList();
        context = new SpringApplicationBuilder(RoadmapBotApplication.class).web(WebApplicationType.NONE)
                .run(arguments.toArray(String[]::new));
        jdbc = context.getBean(JdbcTemplate.class);
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 1; i <= people(); i++) {
            jdbc.update("insert into participant (display_name, role, language, weekly_digest, status, registered_at, "
                    + "created_at, preferred_channel) values (?, 'DIRECTOR', 'ru', false, 'ACTIVE', ?, ?, ?)",
                    "Директор " + i, now, now, channel());
        }
        participants = new ArrayList<>(jdbc.queryForList("select id from participant order by id", Long.class));
        for (Long participant : participants) {
            String user = user(participant);
            jdbc.update("insert into contact (participant_id, channel, user_id, chat, registered_at) values (?, ?, ?, ?, ?)",
                    participant, channel(), user, user, now);
        }
    }

    private String user(Long participant) {
        return String.valueOf(100_000L + (participant - participants.get(0) + 1));
    }

    /** Queues {@code count} messages to different people and waits until the messenger accepted all of them. */
    public void deliver(int count) throws InterruptedException {
        Timestamp now = Timestamp.from(Instant.now().minusSeconds(1));
        List<Object[]> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long participant = participants.get(next);
            next = (next + 1) % participants.size();
            rows.add(new Object[]{"bench-" + (++sequence), participant, channel(), user(participant),
                    "Напоминание " + sequence, now, now});
        }
        jdbc.batchUpdate("insert into outbox (dedup_key, participant_id, channel, chat, html, not_before, attempts, state, "
                + "created_at) values (?, ?, ?, ?, ?, ?, 0, 'PENDING', ?)", rows);
        while (jdbc.queryForObject("select count(*) from outbox where state in ('PENDING', 'SENDING')", Integer.class) > 0) {
            Thread.sleep(5);
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        System.out.printf("%n[fake %s] rate limit %s: %s%n", channel(), rate() == 0 ? "lifted" : rate(), report());
        context.close();
        stopFake();
    }
}
