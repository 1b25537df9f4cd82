package ru.roadmapbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every labelled cell of the shared seed gold (a copy in test resources), judged by the "full" metric of
 * SCHEDULE_GOLD_FORMAT.md: parts as a set, recurrence and the unscheduled flag equal to the expectation or an
 * accepted alternative, or a review flag where the gold allows one.
 */
class SeedGoldTests {

    private static final ScheduleParser PARSER = new ScheduleParser();

    record Reading(Set<List<LocalDate>> parts, String recurrence, boolean unscheduled) {
    }

    static Stream<Arguments> goldCells() throws IOException {
        JsonMapper mapper = JsonMapper.builder().build();
        List<Arguments> cells = new ArrayList<>();
        try (InputStream in = SeedGoldTests.class.getResourceAsStream("/schedule/seed_gold.jsonl")) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : all.split("\n")) {
                if (!line.isBlank()) {
                    JsonNode gold = mapper.readTree(line);
                    cells.add(Arguments.of(gold.get("id").asString(), gold));
                }
            }
        }
        assertThat(cells).hasSize(113);
        return cells.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldCells")
    void cellReadsAsTheGoldSays(String id, JsonNode gold) {
        Schedule schedule = PARSER.parse(gold.get("text").asString(), gold.get("year").asInt());

        List<Reading> accepted = new ArrayList<>();
        accepted.add(reading(gold.get("expect")));
        if (gold.has("accept")) {
            gold.get("accept").forEach(alternative -> accepted.add(reading(alternative)));
        }
        boolean reviewAllowed = gold.has("review_ok") && gold.get("review_ok").asBoolean();

        if (reviewAllowed && schedule.needsReview()) {
            return;
        }
        assertThat(accepted).as("reading of %s: %s", id, schedule).contains(reading(schedule));
    }

    private static Reading reading(JsonNode expect) {
        Set<List<LocalDate>> parts = new HashSet<>();
        expect.get("parts").forEach(part -> {
            List<LocalDate> pair = new ArrayList<>(2);
            pair.add(part.get("start").isNull() ? null : LocalDate.parse(part.get("start").asString()));
            pair.add(LocalDate.parse(part.get("end").asString()));
            parts.add(pair);
        });
        JsonNode recurrence = expect.get("recurrence");
        String rule = null;
        if (recurrence != null && !recurrence.isNull()) {
            List<String> days = new ArrayList<>();
            if (recurrence.has("byday")) {
                recurrence.get("byday").forEach(day -> days.add(day.asString()));
            }
            days.sort(null);
            rule = recurrence.get("freq").asString() + "/" + (recurrence.has("interval") ? recurrence.get("interval").asInt() : 1)
                    + "/" + days;
        }
        return new Reading(parts, rule, expect.get("unscheduled").asBoolean());
    }

    private static Reading reading(Schedule schedule) {
        Set<List<LocalDate>> parts = new HashSet<>();
        for (SchedulePart part : schedule.parts()) {
            List<LocalDate> pair = new ArrayList<>(2);
            pair.add(part.start());
            pair.add(part.end());
            parts.add(pair);
        }
        Recurrence r = schedule.recurrence();
        String rule = null;
        if (r != null) {
            List<String> days = new ArrayList<>(r.byDay().stream().map(DayOfWeek::name).map(d -> d.substring(0, 2)).toList());
            days.sort(null);
            rule = r.frequency().name() + "/" + r.interval() + "/" + days;
        }
        return new Reading(parts, rule, schedule.unscheduled());
    }
}
