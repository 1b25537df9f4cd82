package ru.roadmapbot.roadmap;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

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
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;

import ru.roadmapbot.RoadmapBotApplication;

/**
 * Warm import time of the largest seed (001: 74 activities, the longest text) inside a started application on
 * embedded H2: reading and understanding alone (the dry-run path), a first import that creates every activity,
 * and a re-import that matches and updates them in place. Run with
 * {@code mvn -B -q test-compile exec:exec@jmh -Djmh.bench=RoadmapImportBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class RoadmapImportBenchmark {

    private static final String SEED = "001_5ee45a74bb2df34c.txt";

    private ConfigurableApplicationContext context;
    private RoadmapImporter importer;
    private RoadmapReader reader;
    private RoadmapAnalyzer analyzer;
    private byte[] content;
    private final AtomicInteger fresh = new AtomicInteger();

    @Setup
    public void startApplication() throws IOException {
        context = new SpringApplicationBuilder(RoadmapBotApplication.class).web(WebApplicationType.NONE)
                // arguments, not default properties: application.properties would override those
                .run("--spring.datasource.url=jdbc:h2:mem:import-benchmark;DB_CLOSE_DELAY=-1",
                        "--logging.level.root=WARN", "--spring.main.banner-mode=off", "--spring.quartz.auto-startup=false");
        importer = context.getBean(RoadmapImporter.class);
        reader = context.getBean(RoadmapReader.class);
        analyzer = context.getBean(RoadmapAnalyzer.class);
        try (InputStream in = new ClassPathResource("demo/" + SEED).getInputStream()) {
            content = in.readAllBytes();
        }
        importer.importContent(SEED, content, "reimport");
    }

    @TearDown
    public void stopApplication() {
        context.close();
    }

    @Benchmark
    public Object readAndUnderstand() {
        return analyzer.analyze(reader.read(SEED, content));
    }

    @Benchmark
    public ImportSummary firstImport() {
        return importer.importContent(SEED, content, "fresh-" + fresh.incrementAndGet());
    }

    @Benchmark
    public ImportSummary reimportInPlace() {
        return importer.importContent(SEED, content, "reimport");
    }
}
