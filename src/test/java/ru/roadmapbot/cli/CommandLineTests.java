package ru.roadmapbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import ru.roadmapbot.RoadmapBotApplication;

/** The command line in-process: help and usage, bad arguments, and a command that needs the database. */
class CommandLineTests {

    /** Standard input that fails the test if a command reads it when it should not. */
    private static final InputStream NO_INPUT = new InputStream() {
        @Override
        public int read() {
            throw new AssertionError("the command read standard input");
        }
    };

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(InputStream in, String... args) {
        return CommandLine.run(RoadmapBotApplication.class, args, in, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void optionsAloneStartTheApplicationAndAWordIsACommand() {
        assertThat(CommandLine.isCommand(new String[]{})).isFalse();
        assertThat(CommandLine.isCommand(new String[]{"--demo"})).isFalse();
        assertThat(CommandLine.isCommand(new String[]{"--spring.profiles.active=postgres"})).isFalse();
        assertThat(CommandLine.isCommand(new String[]{"imprt"})).isTrue();
        assertThat(CommandLine.isCommand(new String[]{"--help"})).isTrue();
        assertThat(CommandLine.isCommand(new String[]{"-h"})).isTrue();
    }

    @Test
    void onlyParseDatesAndTheUsageRunWithoutTheLibraries() {
        assertThat(CommandLine.runsWithoutLibraries(new String[]{"parse-dates", "--year", "2022"})).isTrue();
        assertThat(CommandLine.runsWithoutLibraries(new String[]{"--help"})).isTrue();
        assertThat(CommandLine.runsWithoutLibraries(new String[]{"imprt"})).isTrue();
        assertThat(CommandLine.runsWithoutLibraries(new String[]{"invite", "--help"})).isTrue();
        assertThat(CommandLine.runsWithoutLibraries(new String[]{"import", "--dry-run", "plan.docx"})).isFalse();
        assertThat(CommandLine.runsWithoutLibraries(new String[]{"invite", "--role", "curator"})).isFalse();
        assertThat(CommandLine.runsWithoutLibraries(new String[]{"--demo"})).isFalse();
        assertThat(CommandLine.runsWithoutLibraries(new String[]{})).isFalse();
    }

    @Test
    void helpPrintsEveryCommandWithItsOptionsAndWhereTheDocsAre() {
        for (String help : new String[]{"--help", "help", "-h"}) {
            out.reset();
            assertThat(run(NO_INPUT, help)).isZero();
            assertThat(out()).contains("parse-dates", "--year", "import", "--dry-run", "invite", "--role",
                    "calendar-link", "--rotate", "README.md");
        }
    }

    @Test
    void helpOfACommandPrintsTheUsageInsteadOfWaitingForInput() {
        assertThat(run(NO_INPUT, "parse-dates", "--help")).isZero();
        assertThat(out()).contains("parse-dates");
        assertThat(run(NO_INPUT, "invite", "--help")).isZero();
    }

    @Test
    void unknownCommandIsNamedWithTheUsageAndExitsWithTwo() {
        assertThat(run(NO_INPUT, "imprt", "plan.docx")).isEqualTo(2);
        assertThat(err()).contains("«imprt»", "parse-dates", "calendar-link");
        assertThat(out()).isEmpty();
    }

    @Test
    void yearThatIsNotANumberIsOneLineAndExitsWithTwo() {
        assertThat(run(NO_INPUT, "parse-dates", "--year", "abc")).isEqualTo(2);
        assertThat(err().strip()).contains("«abc»", "--year").doesNotContain("Exception").doesNotContain("\n");
        assertThat(run(NO_INPUT, "parse-dates", "--year", "99")).isEqualTo(2);
    }

    @Test
    void parseDatesTakesThisYearFromTheApplicationsFixedClock() {
        InputStream cells = new ByteArrayInputStream("до 01.04\n".getBytes(StandardCharsets.UTF_8));

        assertThat(run(cells, "parse-dates", "--roadmapbot.clock.fixed=2019-09-01T09:00:00+03:00")).isZero();

        assertThat(out()).contains("\"end\":\"2019-04-01\"");
        assertThat(run(NO_INPUT, "parse-dates", "--roadmapbot.clock.fixed=вчера")).isEqualTo(2);
        assertThat(err()).contains("--roadmapbot.clock.fixed").doesNotContain("Exception");
    }

    @Test
    void parseDatesAnswersEachLineWithOneJsonLine() {
        InputStream cells = new ByteArrayInputStream("до 01.04.2021\nпо плану \"ДИРО\"\n".getBytes(StandardCharsets.UTF_8));

        assertThat(run(cells, "parse-dates", "--year", "2022")).isZero();

        assertThat(out().lines()).containsExactly(
                "{\"text\":\"до 01.04.2021\",\"parts\":[{\"start\":null,\"end\":\"2021-04-01\"}],\"recurrence\":null,"
                        + "\"unscheduled\":false,\"needs_review\":false,\"kind\":\"deadline\"}",
                "{\"text\":\"по плану \\\"ДИРО\\\"\",\"parts\":[],\"recurrence\":null,\"unscheduled\":true,"
                        + "\"needs_review\":false,\"note\":\"по плану \\\"ДИРО\\\"\",\"kind\":\"unscheduled\"}");
    }

    @Test
    void importStoresARoadmapThroughTheCommandContext() {
        int status = run(NO_INPUT, "import", "src/test/resources/seeds/004_7680f41c24c846e3.txt", "--roadmap", "004",
                "--spring.datasource.url=jdbc:h2:mem:command-line-import;DB_CLOSE_DELAY=-1");

        assertThat(status).as(err()).isZero();
        assertThat(err()).contains("мероприятий 47", "новых 47");
    }

    @Test
    void inviteStartsOnlyWhatItNeedsAndPrintsTheCode() {
        int status = run(NO_INPUT, "invite", "--role", "curator", "--name", "Петров П.П.",
                "--spring.datasource.url=jdbc:h2:mem:command-line;DB_CLOSE_DELAY=-1");

        assertThat(status).as(err()).isZero();
        assertThat(out().strip()).matches("[A-Za-z0-9_-]{32}");
    }
}
