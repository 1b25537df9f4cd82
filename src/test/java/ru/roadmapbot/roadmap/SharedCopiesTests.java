package ru.roadmapbot.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The demo texts and fixtures are copies of the shared originals beside the project, so the other tests run without
 * them; where the originals are present, the copies must not have drifted.
 */
class SharedCopiesTests {

    private static final Path SHARED = Path.of("..", "shared");

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void copiesMatchTheSharedOriginals(String id) throws Exception {
        assumeTrue(Files.isDirectory(SHARED), "../shared is not beside the project");

        assertThat(RoadmapFiles.seed(id)).isEqualTo(Files.readAllBytes(SHARED.resolve("seeds").resolve(RoadmapFiles.seedName(id))));
        assertThat(RoadmapFiles.fixture(id, "docx"))
                .isEqualTo(Files.readAllBytes(SHARED.resolve("fixtures").resolve(RoadmapFiles.fixtureName(id, "docx"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"seeds/000_8947be193d347cd7.txt", "fixtures/004_7680f41c24c846e3.xlsx",
            "fixtures/003_3563c2cda89c6920.docx"})
    void sharedOriginalsReadStraightFromDisk(String file) {
        assumeTrue(Files.isDirectory(SHARED), "../shared is not beside the project");

        assertThat(new RoadmapReader().read(SHARED.resolve(file)).rows()).isNotEmpty();
    }
}
