package ru.roadmapbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** {@code parse-dates}: the year it falls back to, said the way people write years. */
class ParseDatesCommandTests {

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC);

    private String noticeIn(Locale locale) throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        new ParseDatesCommand(clock, new CliMessages(locale)).run(CommandArguments.parse(List.of(), Set.of("year")),
                new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void defaultYearNoticeWritesTheYearWithoutAThousandsSeparator() throws Exception {
        for (Locale locale : new Locale[]{Locale.ROOT, Locale.ENGLISH, Locale.forLanguageTag("ru")}) {
            assertThat(noticeIn(locale)).as(locale.toString()).contains("2026").doesNotContain("2,026", "2 026", "2\u00a0026");
        }
    }
}
