package ru.roadmapbot.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import ru.roadmapbot.schedule.ScheduleContext;
import ru.roadmapbot.schedule.ScheduleParser;

/**
 * {@code parse-dates --year 2022}: one schedule cell per stdin line, one prediction JSON line per cell on stdout.
 */
final class ParseDatesCommand {

    /** Input and output move in large blocks: a flush per line would cost more than parsing the line. */
    private static final int BLOCK = 1 << 16;
    /**
     * Cells remembered with their answer. A roadmap's schedule column repeats itself ("в течение года", "ежемесячно",
     * "до 25.05.2024"), and a cell's reading depends only on its text and the year, so a repeated cell is answered from
     * memory; the bound keeps memory flat on endless input.
     */
    private static final int MAX_REMEMBERED = 100_000;

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
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), BLOCK);
        BufferedOutputStream writer = new BufferedOutputStream(out, BLOCK);
        Map<String, byte[]> answered = new HashMap<>(1024);
        String line;
        while ((line = reader.readLine()) != null) {
            byte[] json = answered.get(line);
            if (json == null) {
                json = (ScheduleJson.of(parser.parse(line, context)) + "\n").getBytes(StandardCharsets.UTF_8);
                if (answered.size() < MAX_REMEMBERED) {
                    answered.put(line, json);
                }
            }
            writer.write(json);
            if (!reader.ready()) {
                writer.flush(); // a person typing cells one by one waits for each answer
            }
        }
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
