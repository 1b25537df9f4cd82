package ru.roadmapbot.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.context.ConfigurableApplicationContext;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The application context of a command that stores something (import, invite, calendar-link): the database and the
 * feature services, each created only when the command asks for it. No web server, actuator, metrics, Quartz,
 * scheduling, bot or reminder delivery: the running application does that work, and starting it all made a command
 * take some twenty seconds.
 */
final class CommandContext {

    /** Packages of the auto-configurations a command never needs. */
    private static final List<String> UNNEEDED = List.of(".actuate.", ".health.", ".micrometer.", ".metrics.",
            ".quartz.", ".security.", ".thymeleaf.", ".webmvc.", ".servlet.", ".tomcat.", ".web.server.", ".jmx.",
            ".admin.", "TaskSchedulingAutoConfiguration", "ValidationAutoConfiguration");

    private CommandContext() {
    }

    static ConfigurableApplicationContext start(Class<?> application, List<String> overrides) {
        // Boot warms up Jackson, Bean Validation and Tomcat on a second thread for a server; on two cores a command
        // only waits for it
        System.setProperty("spring.backgroundpreinitializer.ignore", "true");
        return new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .lazyInitialization(true)
                .properties(Map.of(
                        "logging.level.root", "WARN",
                        "spring.autoconfigure.exclude", String.join(",", unneededAutoConfigurations(application)),
                        "spring.data.jpa.repositories.bootstrap-mode", "lazy",
                        // the running application validates the schema and the entities; a command trusts Flyway
                        "spring.jpa.hibernate.ddl-auto", "none",
                        "spring.jpa.properties.jakarta.persistence.validation.mode", "none",
                        "roadmapbot.telegram.enabled", "false",
                        "roadmapbot.max.enabled", "false",
                        "roadmapbot.delivery.enabled", "false"))
                // features count what they do (imports timed, messages sent); a command has no metrics endpoint, so
                // a plain in-memory registry stands in for the actuator's
                .initializers(context -> context.getBeanFactory().registerSingleton("meterRegistry",
                        new SimpleMeterRegistry()))
                .run(overrides.toArray(String[]::new));
    }

    private static List<String> unneededAutoConfigurations(Class<?> application) {
        List<String> unneeded = new ArrayList<>();
        for (String candidate : ImportCandidates.load(AutoConfiguration.class, application.getClassLoader())) {
            if (UNNEEDED.stream().anyMatch(candidate::contains)) {
                unneeded.add(candidate);
            }
        }
        return unneeded;
    }
}
