package ru.roadmapbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code import --dry-run FILE}: JSON lines per activity on stdout, a summary or a clear error on stderr. */
class DryRunCommandTests {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private final Clock clock = Clock.fixed(Instant.parse("2022-03-29T06:00:00Z"), ZoneOffset.UTC);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws Exception {
        CommandArguments arguments = CommandArguments.parse(List.of(args), Set.of("year", "roadmap"));
        return new DryRunCommand(clock, new CliMessages(Locale.ROOT))
                .run(arguments, out, new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<JsonNode> lines() {
        JsonMapper mapper = JsonMapper.builder().build();
        return out.toString(StandardCharsets.UTF_8).lines().map(mapper::readTree).toList();
    }

    @Test
    void everyActivityIsOneJsonLineWithScheduleAndParties() throws Exception {
        int status = run("--dry-run", FIXTURES.resolve("004_7680f41c24c846e3.docx").toString(),
                "--spring.datasource.url=jdbc:h2:mem:ignored");

        assertThat(status).isZero();
        List<JsonNode> activities = lines();
        assertThat(activities).hasSize(47);
        JsonNode webinar = activities.stream().filter(a -> "19.".equals(a.get("number").asString())).findFirst().orElseThrow();
        assertThat(webinar.get("schedule_text").asString()).isEqualTo("14.02.2022-30.03.2022 (среда)");
        assertThat(webinar.get("schedule").get("recurrence").get("rrule").asString()).isEqualTo("FREQ=WEEKLY;INTERVAL=1;BYDAY=WE");
        JsonNode survey = activities.stream().filter(a -> "4.".equals(a.get("number").asString())).findFirst().orElseThrow();
        assertThat(survey.get("responsible").toString()).contains("director", "МБОУ Галицкая СОШ");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("мероприятий 47", "В базу ничего не записано");
    }

    @Test
    void rowsToReviewCarryTheirReasons() throws Exception {
        run("--dry-run", FIXTURES.resolve("000_8947be193d347cd7.docx").toString());

        JsonNode typo = lines().stream().filter(a -> "4.3.".equals(a.get("number").asString())).findFirst().orElseThrow();
        assertThat(typo.get("flags").toString()).contains("schedule:year-typo");
        assertThat(typo.get("schedule").get("needs_review").asBoolean()).isTrue();
    }

    @Test
    void unreadableFileGetsOneClearMessageAndAFailingStatus(@TempDir Path dir) throws Exception {
        Path junk = dir.resolve("план.docx");
        Files.write(junk, new byte[]{1, 2, 3, 4, 5, 6, 7, 8, 9, 10});

        int status = run("--dry-run", junk.toString());

        assertThat(status).isNotZero();
        assertThat(out.size()).isZero();
        String message = err.toString(StandardCharsets.UTF_8).strip();
        assertThat(message).contains("план.docx").doesNotContain("Exception").doesNotContain("\n\tat ");
    }

    @Test
    void missingFileIsNamed() throws Exception {
        int status = run("--dry-run", "нет-такого-файла.docx");

        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("нет-такого-файла.docx", "не найден");
    }

    @Test
    void lossyCsvExportIsExplained() throws Exception {
        int status = run("--dry-run", FIXTURES.resolve("003_3563c2cda89c6920.csv").toString());

        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("003_3563c2cda89c6920.csv");
    }
}
