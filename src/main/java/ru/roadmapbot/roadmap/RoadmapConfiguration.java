package ru.roadmapbot.roadmap;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ru.roadmapbot.schedule.ScheduleParser;

/** The plain-Java parts of the roadmap module as beans. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RoadmapProperties.class)
class RoadmapConfiguration {

    @Bean
    ScheduleParser scheduleParser() {
        return new ScheduleParser();
    }

    @Bean
    ResponsiblePartiesParser responsiblePartiesParser() {
        return new ResponsiblePartiesParser();
    }

    @Bean
    RoadmapAnalyzer roadmapAnalyzer(ScheduleParser scheduleParser, ResponsiblePartiesParser partiesParser, Clock clock) {
        return new RoadmapAnalyzer(scheduleParser, partiesParser, clock);
    }

    @Bean
    RoadmapReader roadmapReader(RoadmapProperties properties) {
        return new RoadmapReader(properties.limits(), properties.concurrentReads(), properties.queueWait());
    }
}
