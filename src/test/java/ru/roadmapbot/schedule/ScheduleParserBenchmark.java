package ru.roadmapbot.schedule;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import tools.jackson.databind.json.JsonMapper;

/**
 * Throughput of the schedule grammar on one thread, over the 113 labelled seed cells; the score is cells per
 * second. Run with {@code mvn -B -q test-compile exec:exec@jmh -Djmh.bench=ScheduleParserBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ScheduleParserBenchmark {

    static final int CELLS = 113;

    private final ScheduleParser parser = new ScheduleParser();
    private final List<String> texts = new ArrayList<>();
    private final List<Integer> years = new ArrayList<>();

    @Setup
    public void loadGold() throws IOException {
        JsonMapper mapper = JsonMapper.builder().build();
        try (InputStream in = ScheduleParserBenchmark.class.getResourceAsStream("/schedule/seed_gold.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    var gold = mapper.readTree(line);
                    texts.add(gold.get("text").asString());
                    years.add(gold.get("year").asInt());
                }
            }
        }
        if (texts.size() != CELLS) {
            throw new IllegalStateException("expected " + CELLS + " gold cells, found " + texts.size());
        }
    }

    @Benchmark
    @OperationsPerInvocation(CELLS)
    public void parseSeedCells(Blackhole sink) {
        for (int i = 0; i < CELLS; i++) {
            sink.consume(parser.parse(texts.get(i), years.get(i)));
        }
    }
}
