package ru.roadmapbot.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import ru.roadmapbot.roadmap.UnreadableRoadmapException.Problem;

/**
 * Documents past the reading limits are refused with the file's name and the limit passed, whatever their format;
 * the streamed .xlsx stops at the first row past the limit. A UTF-16 CSV ("Unicode text" from Excel) reads like its
 * UTF-8 twin.
 */
class DocumentLimitsTests {

    private static final String UTF8_CSV = "/fixtures/003_3563c2cda89c6920.utf8.csv";

    private final RoadmapReader reader = new RoadmapReader();

    private UnreadableRoadmapException refusal(String fileName, byte[] content) {
        return catchThrowableOfType(UnreadableRoadmapException.class, () -> reader.read(fileName, content));
    }

    @Test
    void aMillionRowWorkbookIsRefusedAtTheRowLimit() {
        byte[] million = HostileDocuments.xlsx(1_000_000, false);
        assertThat(million.length).as("within the file size limit").isLessThan((int) RoadmapReader.DEFAULT_MAX_BYTES);

        UnreadableRoadmapException refused = refusal("million.xlsx", million);

        assertThat(refused.problem()).isEqualTo(Problem.TOO_MANY_ROWS);
        assertThat(refused.fileName()).isEqualTo("million.xlsx");
        assertThat(refused.arguments()).containsExactly(DocumentLimits.DEFAULT.maxRows());
    }

    @Test
    void aMillionSharedStringsAreRefusedBeforeAnyRowIsRead() {
        UnreadableRoadmapException refused = refusal("shared.xlsx", HostileDocuments.xlsx(1_000_000, true));

        assertThat(refused.problem()).isEqualTo(Problem.TOO_MUCH_TEXT);
        assertThat(refused.arguments()).containsExactly(DocumentLimits.DEFAULT.maxText());
    }

    @Test
    void aCsvTenThousandColumnsWideIsRefusedAtTheColumnLimit() {
        UnreadableRoadmapException refused = refusal("wide.csv", HostileDocuments.wideCsv(10_000));

        assertThat(refused.problem()).isEqualTo(Problem.TOO_MANY_COLUMNS);
        assertThat(refused.arguments()).containsExactly(DocumentLimits.DEFAULT.maxColumns());
    }

    @Test
    void aZipBombIsRefusedAsUnpackingTooMuch() {
        byte[] bomb = HostileDocuments.xlsxBomb(200);
        assertThat(bomb.length).isLessThan(2 * 1024 * 1024);

        UnreadableRoadmapException refused = refusal("bomb.xlsx", bomb);

        assertThat(refused.problem()).isEqualTo(Problem.UNPACKS_TOO_LARGE);
        assertThat(refused.fileName()).isEqualTo("bomb.xlsx");
    }

    @Test
    void aSmallerLimitIsTheOneKept() {
        RoadmapReader strict = new RoadmapReader(new DocumentLimits(RoadmapReader.DEFAULT_MAX_BYTES, 20, 100, 20_000,
                2_000_000, 64L << 20), 1, java.time.Duration.ofSeconds(1));
        byte[] seed = RoadmapFiles.fixture("004", "xlsx");

        UnreadableRoadmapException refused = catchThrowableOfType(UnreadableRoadmapException.class,
                () -> strict.read("004.xlsx", seed));

        assertThat(refused.problem()).isEqualTo(Problem.TOO_MANY_ROWS);
        assertThat(refused.arguments()).containsExactly(20);
    }

    @Test
    void aUtf16CsvWithItsByteOrderMarkReadsLikeItsUtf8TwinWithItsYear() {
        String text = new String(RoadmapFiles.resource(UTF8_CSV), StandardCharsets.UTF_8);
        ByteBuffer utf16 = StandardCharsets.UTF_16LE.encode(text);
        byte[] content = new byte[utf16.remaining() + 2];
        content[0] = (byte) 0xFF;
        content[1] = (byte) 0xFE;
        utf16.get(content, 2, content.length - 2);

        RoadmapDocument utf16Csv = reader.read("003-unicode.csv", content);
        RoadmapDocument utf8Csv = reader.read("003.csv", RoadmapFiles.resource(UTF8_CSV));

        assertThat(RoadmapFiles.essentials(utf16Csv)).containsExactlyElementsOf(RoadmapFiles.essentials(utf8Csv));
        assertThat(utf16Csv.year()).isNotNull().isEqualTo(utf8Csv.year());
    }
}
