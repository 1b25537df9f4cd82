package ru.roadmapbot.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.stereotype.Component;

import ru.roadmapbot.roadmap.ImportSummary;
import ru.roadmapbot.roadmap.RoadmapImporter;
import ru.roadmapbot.roadmap.UnreadableRoadmapException;

/** {@code import FILE [--roadmap CODE]}: stores a roadmap in the application database. */
@Component("cliImportCommand")
class ImportCommand {

    private final RoadmapImporter importer;

    ImportCommand(RoadmapImporter importer) {
        this.importer = importer;
    }

    int run(CommandArguments arguments, CliMessages messages, PrintStream err) {
        if (arguments.positional().size() != 1) {
            err.println(messages.get("cli.import.usage"));
            return 2;
        }
        Path file = Path.of(arguments.positional().get(0));
        if (!Files.isRegularFile(file)) {
            err.println(messages.get("cli.import.no-file", file));
            return 1;
        }
        try {
            ImportSummary summary = importer.importFile(file, arguments.option("roadmap"));
            err.println(messages.get("cli.import.summary", file.getFileName().toString(), summary.code(),
                    summary.activities(), summary.sections(), summary.created(), summary.updated(), summary.unchanged(),
                    summary.withdrawn(), summary.flagged()));
            return 0;
        } catch (UnreadableRoadmapException e) {
            err.println(messages.get(e.messageKey(), e.messageArguments()));
            return 1;
        }
    }
}
