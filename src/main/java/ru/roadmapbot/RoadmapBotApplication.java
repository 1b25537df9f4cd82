package ru.roadmapbot;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import ru.roadmapbot.cli.CommandLine;

/** RoadmapBot: roadmaps of school-support projects, their reminders in Telegram and their calendar feeds. */
@SpringBootApplication
public class RoadmapBotApplication {

    public static void main(String[] args) {
        if (CommandLine.isCommand(args)) {
            // a command (or help) exits when done and never starts the web server or the bot
            System.exit(CommandLine.run(RoadmapBotApplication.class, args));
        }
        SpringApplication.run(RoadmapBotApplication.class, withDemoSwitch(args));
    }

    /** {@code --demo} is short for {@code --roadmapbot.demo.enabled=true}. */
    private static String[] withDemoSwitch(String[] args) {
        return Arrays.stream(args).map(arg -> "--demo".equals(arg) ? "--roadmapbot.demo.enabled=true" : arg)
                .toArray(String[]::new);
    }
}
