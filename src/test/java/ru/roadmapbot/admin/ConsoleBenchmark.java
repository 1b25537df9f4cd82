package ru.roadmapbot.admin;

import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;

import ru.roadmapbot.RoadmapBotApplication;
import ru.roadmapbot.confirmation.Confirmations;
import ru.roadmapbot.confirmation.TaskState;
import ru.roadmapbot.people.InvitationRequest;
import ru.roadmapbot.people.Invitations;
import ru.roadmapbot.people.Participant;
import ru.roadmapbot.people.Role;
import ru.roadmapbot.roadmap.Activity;
import ru.roadmapbot.roadmap.ImportOptions;
import ru.roadmapbot.roadmap.RoadmapImporter;
import ru.roadmapbot.roadmap.Roadmaps;
import ru.roadmapbot.schedule.Occurrence;
import ru.roadmapbot.schedule.Occurrences;
import ru.roadmapbot.people.MessengerAccounts;

/**
 * The console's heaviest pages for a region's data: five roadmaps (seed 004 under five codes) over one municipality
 * with 100 schools, each with a registered director who reported on about half of their occurrences. Measured over
 * HTTP on loopback with a signed-in session: the progress matrix page of one roadmap (100 schools × 46 activities,
 * rendered by Thymeleaf) and its XLSX export. Run with
 * {@code mvn -B -q test-compile exec:exec@jmh -Djmh.bench=ConsoleBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class ConsoleBenchmark {

    static final int SCHOOLS = 100;
    static final int ROADMAPS = 5;

    private ConfigurableApplicationContext context;
    private HttpClient browser;
    private String base;
    private Long roadmapId;

    @Setup
    public void start() throws Exception {
        context = new SpringApplicationBuilder(RoadmapBotApplication.class)
                .run("--spring.datasource.url=jdbc:h2:mem:console-benchmark;DB_CLOSE_DELAY=-1",
                        "--server.port=0", "--server.address=127.0.0.1", "--logging.level.root=WARN",
                        "--spring.main.banner-mode=off", "--spring.quartz.auto-startup=false",
                        "--roadmapbot.admin.password=benchmark-password", "--roadmapbot.clock.fixed=2022-06-15T09:00:00+03:00");
        base = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
        byte[] seed;
        try (InputStream in = new ClassPathResource("demo/004_7680f41c24c846e3.txt").getInputStream()) {
            seed = in.readAllBytes();
        }
        RoadmapImporter importer = context.getBean(RoadmapImporter.class);
        for (int i = 1; i <= ROADMAPS; i++) {
            roadmapId = importer.importDocument("004.txt", seed, new ImportOptions("region-" + i, null, null, null)).roadmapId();
        }
        Invitations invitations = context.getBean(Invitations.class);
        Confirmations confirmations = context.getBean(Confirmations.class);
        List<Activity> activities = context.getBean(Roadmaps.class).currentActivitiesOf(roadmapId);
        Random random = new Random(42);
        for (int school = 1; school <= SCHOOLS; school++) {
            String token = invitations.invite(new InvitationRequest(Role.DIRECTOR, "Директор " + school,
                    "МБОУ СОШ № " + school, List.of(), null, null, "Гороховецкий район")).token();
            Participant director = invitations.accept(token, MessengerAccounts.telegram(70_000 + school, 70_000 + school, "d" + school));
            for (Activity activity : activities) {
                for (Occurrence occurrence : Occurrences.expand(activity.schedule(), LocalDate.of(2022, 1, 1),
                        LocalDate.of(2022, 6, 15))) {
                    if (random.nextBoolean()) {
                        confirmations.report(activity.getId(), occurrence.due(), director.getId(),
                                TaskState.values()[random.nextInt(TaskState.values().length)]);
                    }
                }
            }
        }
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String login = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
        csrf.find();
        browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=benchmark-password&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.discarding());
        String page = get("/admin/roadmaps/" + roadmapId + "/matrix");
        if (!page.contains("МБОУ СОШ № 100")) {
            throw new IllegalStateException("the matrix does not show the generated schools");
        }
    }

    @TearDown
    public void stop() {
        context.close();
    }

    @Benchmark
    public int matrixPage() throws Exception {
        return get("/admin/roadmaps/" + roadmapId + "/matrix").length();
    }

    @Benchmark
    public int matrixXlsx() throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(base + "/admin/roadmaps/" + roadmapId + "/matrix.xlsx")).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body().length;
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return response.body();
    }
}
