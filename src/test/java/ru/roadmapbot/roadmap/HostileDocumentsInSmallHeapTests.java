package ru.roadmapbot.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The command line refuses each hostile document in a JVM of 128 MB of heap, the whole of it: a reader that held
 * the million rows, the unpacked bomb or the ten thousand columns would die of OutOfMemoryError instead of naming
 * the file and the limit.
 */
class HostileDocumentsInSmallHeapTests {

    @TempDir
    Path folder;

    @ParameterizedTest
    @CsvSource({"million.xlsx, 5 000", "bomb.xlsx, 64", "wide.csv, 100"})
    void refusedWithTheFileAndTheLimitWithinASmallHeap(String name, String limit) throws Exception {
        Path file = folder.resolve(name);
        Files.write(file, switch (name) {
            case "million.xlsx" -> HostileDocuments.xlsx(1_000_000, false);
            case "bomb.xlsx" -> HostileDocuments.xlsxBomb(200);
            default -> HostileDocuments.wideCsv(10_000);
        });
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                "ru.roadmapbot.RoadmapBotApplication", "import", "--dry-run", file.toString()))
                .redirectErrorStream(true).directory(new File(".")).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(output).doesNotContain("OutOfMemoryError").contains(name)
                .containsAnyOf(limit, limit.replace(" ", "\u00a0"), limit.replace(" ", ""));
        assertThat(process.exitValue()).isEqualTo(1);
    }
}
