package ru.roadmapbot.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.stereotype.Component;

import ru.roadmapbot.roadmap.ImportOptions;
import ru.roadmapbot.roadmap.ImportSummary;
import ru.roadmapbot.roadmap.RoadmapImporter;
import ru.roadmapbot.roadmap.UnreadableRoadmapException;
import ru.roadmapbot.territory.TerritoryRefusedException;

/**
 * {@code import FILE [--roadmap CODE] [--territory "Гороховецкий район"] [--school "МБОУ Галицкая СОШ"]}: stores
 * a roadmap in the application database, in the territory its title names or the one given.
 */
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
            ImportSummary summary = importer.importFile(file, new ImportOptions(arguments.option("roadmap"),
                    arguments.option("territory"), arguments.option("school"), null));
            err.println(messages.get("cli.import.summary", file.getFileName().toString(), summary.code(),
                    summary.activities(), summary.sections(), summary.created(), summary.updated(), summary.unchanged(),
                    summary.withdrawn(), summary.flagged(), summary.shortName(),
                    summary.territory() == null ? messages.get("common.none") : summary.territory()));
            return 0;
        } catch (UnreadableRoadmapException e) {
            err.println(messages.get(e.messageKey(), e.messageArguments()));
            return 1;
        } catch (TerritoryRefusedException e) {
            err.println(messages.get("cli." + e.messageKey(), e.messageArguments()));
            return 1;
        }
    }
}
