package ru.roadmapbot.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import ru.roadmapbot.schedule.ScheduleParser;
import tools.jackson.databind.ObjectWriter;

/**
 * {@code parse-dates --year 2022}: one schedule cell per stdin line, one prediction JSON line per cell on stdout.
 */
final class ParseDatesCommand {

    private final ScheduleParser parser = new ScheduleParser();
    private final ObjectWriter json = Json.writer();
    private final Clock clock;
    private final CliMessages messages;

    ParseDatesCommand(Clock clock, CliMessages messages) {
        this.clock = clock;
        this.messages = messages;
    }

    int run(CommandArguments arguments, InputStream in, OutputStream out, PrintStream err) throws IOException {
        Integer year = arguments.intOption("year");
        if (year == null) {
            year = LocalDate.now(clock).getYear();
            err.println(messages.get("cli.parse-dates.default-year", year));
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        String line;
        while ((line = reader.readLine()) != null) {
            writer.write(json.writeValueAsString(ScheduleJson.of(parser.parse(line, year))));
            writer.write('\n');
        }
        writer.flush();
        return 0;
    }
}
