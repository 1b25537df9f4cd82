package ru.roadmapbot.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import ru.roadmapbot.schedule.ScheduleContext;
import ru.roadmapbot.schedule.ScheduleParser;

/**
 * {@code parse-dates --year 2022}: one schedule cell per stdin line, one prediction JSON line per cell on stdout.
 */
final class ParseDatesCommand {

    /** Output leaves in large blocks: a flush per line would cost more than parsing the line. */
    private static final int OUTPUT_BUFFER = 1 << 16;

    private final ScheduleParser parser = new ScheduleParser();
    private final Clock clock;
    private final CliMessages messages;

    ParseDatesCommand(Clock clock, CliMessages messages) {
        this.clock = clock;
        this.messages = messages;
    }

    int run(CommandArguments arguments, InputStream in, OutputStream out, PrintStream err) throws IOException {
        ScheduleContext context;
        try {
            context = ScheduleContext.ofYear(year(arguments, err));
        } catch (IllegalArgumentException e) {
            err.println(messages.get("cli.parse-dates.bad-year", arguments.option("year")));
            return 2;
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), OUTPUT_BUFFER);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        StringBuilder block = new StringBuilder(OUTPUT_BUFFER + 1024);
        String line;
        while ((line = reader.readLine()) != null) {
            ScheduleJson.write(parser.parse(line, context), block);
            block.append('\n');
            if (block.length() >= OUTPUT_BUFFER || !reader.ready()) {
                // a full block, or a person typing cells one by one who waits for the answer
                writer.append(block);
                block.setLength(0);
                if (!reader.ready()) {
                    writer.flush();
                }
            }
        }
        writer.append(block);
        writer.flush();
        return 0;
    }

    private int year(CommandArguments arguments, PrintStream err) {
        Integer year = arguments.intOption("year");
        if (year != null) {
            return year;
        }
        int current = LocalDate.now(clock).getYear();
        // as a string: MessageFormat would print a number with a thousands separator ("2,026")
        err.println(messages.get("cli.parse-dates.default-year", String.valueOf(current)));
        return current;
    }
}
