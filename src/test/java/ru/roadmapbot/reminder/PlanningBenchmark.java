package ru.roadmapbot.reminder;

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
 * Planning a region from scratch: the five demo roadmaps (232 activities in five territories) and 1,000 people,
 * 200 in each territory (directors of the schools the roadmap names, some curators and a coordinator), on the
 * app's H2, on 1 March 2022, five weeks ahead; the reminder table is emptied before each run. Run with
 * {@code mvn -B -q test-compile exec:exec@jmh -Djmh.bench=PlanningBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class PlanningBenchmark {

    private static final int PEOPLE = 1000;

    private ConfigurableApplicationContext context;
    private ReminderPlanner planner;
    private JdbcTemplate jdbc;

    @Setup
    public void startApplication() {
        context = new SpringApplicationBuilder(RoadmapBotApplication.class).web(WebApplicationType.NONE)
                .run("--spring.datasource.url=jdbc:h2:mem:planning-benchmark;DB_CLOSE_DELAY=-1", "--roadmapbot.demo.enabled=true",
                        "--roadmapbot.clock.fixed=2022-03-01T09:00:00+03:00", "--logging.level.root=WARN",
                        "--spring.main.banner-mode=off", "--spring.quartz.auto-startup=false");
        planner = context.getBean(ReminderPlanner.class);
        jdbc = context.getBean(JdbcTemplate.class);
        people();
    }

    /** 200 people in each territory that has schools: mostly directors, one in ten a curator, one coordinator. */
    private void people() {
        List<Long> territories = jdbc.queryForList("select distinct territory_id from organization where territory_id is not null",
                Long.class);
        List<Object[]> rows = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.parse("2022-03-01T06:00:00Z"));
        int person = 0;
        for (Long territory : territories) {
            List<Long> organizations = jdbc.queryForList("select id from organization where territory_id = ? order by id",
                    Long.class, territory);
            for (int i = 0; i < PEOPLE / territories.size(); i++) {
                person++;
                String role = i == 0 ? "MUNICIPAL_COORDINATOR" : i % 10 == 0 ? "CURATOR" : "DIRECTOR";
                rows.add(new Object[]{"Участник " + person, role, organizations.get(i % organizations.size()), territory,
                        now, now});
            }
        }
        jdbc.batchUpdate("insert into participant (display_name, role, organization_id, territory_id, language, weekly_digest, "
                + "status, registered_at, created_at) values (?, ?, ?, ?, 'ru', false, 'ACTIVE', ?, ?)", rows);
        jdbc.update("insert into contact (participant_id, channel, user_id, chat, registered_at) "
                + "select id, 'telegram', cast(900000 + id as varchar(30)), cast(900000 + id as varchar(30)), registered_at "
                + "from participant where id not in (select participant_id from contact)");
    }

    @Setup(Level.Invocation)
    public void fromScratch() {
        jdbc.update("delete from reminder");
    }

    @TearDown
    public void stopApplication() {
        System.out.println("reminders planned: " + jdbc.queryForObject("select count(*) from reminder", Long.class)
                + " for " + jdbc.queryForObject("select count(*) from participant", Long.class) + " people");
        context.close();
    }

    @Benchmark
    public int planEveryoneFromScratch() {
        return planner.plan();
    }
}
