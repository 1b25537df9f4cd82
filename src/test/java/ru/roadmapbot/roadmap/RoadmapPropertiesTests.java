package ru.roadmapbot.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class RoadmapPropertiesTests {

    private static RoadmapProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("roadmapbot.import", RoadmapProperties.class);
    }

    @Test
    void unsetLimitIsTheReadersDefault() {
        assertThat(bind(Map.of()).maxFileSize().toBytes()).isEqualTo(RoadmapReader.DEFAULT_MAX_BYTES);
    }

    @Test
    void unsetDocumentLimitsAreTheReadersDefaults() {
        assertThat(bind(Map.of()).limits()).isEqualTo(DocumentLimits.DEFAULT);
    }

    @Test
    void limitIsWrittenInUnitsPeopleUse() {
        assertThat(bind(Map.of("roadmapbot.import.max-file-size", "2MB")).maxFileSize().toBytes()).isEqualTo(2L * 1024 * 1024);
    }
}
