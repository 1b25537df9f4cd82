package ru.roadmapbot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import ru.roadmapbot.cli.CommandLine;

/** RoadmapBot: roadmaps of school-support projects, their reminders in Telegram and their calendar feeds. */
@SpringBootApplication
public class RoadmapBotApplication {

    public static void main(String[] args) {
        if (CommandLine.isQuickCommand(args)) {
            // parse-dates and import --dry-run must answer in about a second: no Spring, no database
            System.exit(CommandLine.runQuickCommand(args));
        }
        SpringApplication.run(RoadmapBotApplication.class, args);
    }
}
