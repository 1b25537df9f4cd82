package ru.roadmapbot.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.springframework.util.unit.DataSize;

import ru.roadmapbot.roadmap.AnalyzedActivity;
import ru.roadmapbot.roadmap.ResponsiblePartiesParser;
import ru.roadmapbot.roadmap.RoadmapAnalyzer;
import ru.roadmapbot.roadmap.RoadmapDocument;
import ru.roadmapbot.roadmap.RoadmapReader;
import ru.roadmapbot.roadmap.UnreadableRoadmapException;
import ru.roadmapbot.schedule.ScheduleParser;
import tools.jackson.databind.ObjectWriter;

/**
 * {@code import --dry-run FILE}: one JSON object per activity on stdout, a summary on stderr; no database.
 */
final class DryRunCommand {

    static final String MAX_FILE_SIZE = "roadmapbot.import.max-file-size";

    private final Clock clock;
    private final CliMessages messages;
    private final ObjectWriter json = Json.writer();

    DryRunCommand(Clock clock, CliMessages messages) {
        this.clock = clock;
        this.messages = messages;
    }

    int run(CommandArguments arguments, OutputStream out, PrintStream err) throws IOException {
        if (arguments.positional().size() != 1) {
            err.println(messages.get("cli.import.usage"));
            return 2;
        }
        Path file = Path.of(arguments.positional().get(0));
        if (!Files.isRegularFile(file)) {
            err.println(messages.get("cli.import.no-file", file));
            return 1;
        }
        String limit = arguments.option(MAX_FILE_SIZE);
        RoadmapReader reader = limit == null ? new RoadmapReader() : new RoadmapReader(DataSize.parse(limit).toBytes());
        RoadmapAnalyzer analyzer = new RoadmapAnalyzer(new ScheduleParser(), new ResponsiblePartiesParser(), clock);
        RoadmapDocument document;
        try {
            document = reader.read(file);
        } catch (UnreadableRoadmapException e) {
            err.println(messages.get(e.messageKey(), e.messageArguments()));
            return 1;
        }
        List<AnalyzedActivity> activities = analyzer.analyze(document);
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        for (AnalyzedActivity activity : activities) {
            writer.write(json.writeValueAsString(ActivityJson.of(activity)));
            writer.write('\n');
        }
        writer.flush();
        long flagged = activities.stream().filter(AnalyzedActivity::needsReview).count();
        String territory = arguments.option("territory") != null ? arguments.option("territory")
                : document.place().known() ? document.place().describe() : messages.get("common.none");
        err.println(messages.get("cli.import.dry-run.summary", file.getFileName().toString(), activities.size(),
                document.sections().size(), flagged, document.year() == null ? messages.get("common.none") : document.year().toString(),
                territory));
        return 0;
    }
}
