package ru.roadmapbot.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of the application: the system's, or one started at {@code roadmapbot.clock.fixed}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClockProperties.class)
class ClockConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ClockConfiguration.class);

    @Bean
    Clock clock(ClockProperties properties) {
        if (properties.fixed() == null) {
            return Clock.systemDefaultZone();
        }
        Instant start = properties.fixed().toInstant();
        Clock system = Clock.system(properties.fixed().getOffset());
        log.info("Clock starts at {} and runs on from there", properties.fixed());
        return Clock.offset(system, Duration.between(system.instant(), start));
    }
}
