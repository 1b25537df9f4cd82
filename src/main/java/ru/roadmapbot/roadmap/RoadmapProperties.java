package ru.roadmapbot.roadmap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of roadmap import ({@code roadmapbot.import.*}).
 *
 * @param maxFileSize the largest document accepted; larger ones are refused before they are read. Defaults to
 *                    {@link RoadmapReader#DEFAULT_MAX_BYTES}, which the annotation cannot name, so a test keeps them equal
 */
@ConfigurationProperties("roadmapbot.import")
public record RoadmapProperties(@DefaultValue("10MB") DataSize maxFileSize) {
}
