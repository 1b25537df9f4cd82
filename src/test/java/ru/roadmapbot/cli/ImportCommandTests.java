package ru.roadmapbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import ru.roadmapbot.roadmap.Roadmaps;


/**
 * {@code import FILE}: stores the roadmap; every kind of bad file gets one message naming it, a failing status,
 * and leaves the database exactly as it was.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "spring.datasource.url=jdbc:h2:mem:import-command;DB_CLOSE_DELAY=-1")
class ImportCommandTests {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    @Autowired
    ImportCommand command;

    @Autowired
    Roadmaps roadmaps;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        err.reset();
        return command.run(CommandArguments.parse(List.of(args), Set.of("roadmap")), new CliMessages(Locale.ROOT),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void importStoresAndReimportUpdatesInPlace() {
        assertThat(run(FIXTURES.resolve("001_5ee45a74bb2df34c.docx").toString(), "--roadmap", "kamensk-2021")).isZero();
        long stored = roadmaps.all().stream().mapToLong(r -> roadmaps.activitiesOf(r.getId()).size()).sum();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("мероприятий 74", "новых 74");

        assertThat(run(FIXTURES.resolve("001_5ee45a74bb2df34c.docx").toString(), "--roadmap", "kamensk-2021")).isZero();

        assertThat(roadmaps.all().stream().mapToLong(r -> roadmaps.activitiesOf(r.getId()).size()).sum()).isEqualTo(stored);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("новых 0", "без изменений 74");
    }

    @Test
    void badFilesChangeNothing(@TempDir Path dir) throws Exception {
        run(FIXTURES.resolve("002_0994dfd4ec89aa3d.docx").toString());
        long roadmapsBefore = roadmaps.all().size();
        long activitiesBefore = roadmaps.all().stream().mapToLong(r -> roadmaps.activitiesOf(r.getId()).size()).sum();

        Path empty = Files.createFile(dir.resolve("пусто.docx"));
        Path junk = Files.write(dir.resolve("мусор.docx"), new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2, 3, 4});
        Path pdf = Files.write(dir.resolve("план.pdf"), "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        Path huge = dir.resolve("огромный.docx");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024);
        }
        for (Path bad : List.of(empty, junk, pdf, huge, FIXTURES.resolve("003_3563c2cda89c6920.csv"))) {
            int status = run(bad.toString());
            assertThat(status).as(bad.toString()).isNotZero();
            assertThat(err.toString(StandardCharsets.UTF_8)).as(bad.toString())
                    .contains(bad.getFileName().toString()).doesNotContain("Exception");
        }

        assertThat(roadmaps.all().size()).isEqualTo(roadmapsBefore);
        assertThat(roadmaps.all().stream().mapToLong(r -> roadmaps.activitiesOf(r.getId()).size()).sum()).isEqualTo(activitiesBefore);
    }
}
