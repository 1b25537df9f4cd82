package ru.roadmapbot.people;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PeopleProperties.class)
class PeopleConfiguration {
}
