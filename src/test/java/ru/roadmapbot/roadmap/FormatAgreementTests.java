package ru.roadmapbot.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.roadmapbot.roadmap.UnreadableRoadmapException.Problem;

/** The same roadmap saved in another format reads to the same activities. */
class FormatAgreementTests {

    private static final String UTF8_CSV = "/fixtures/003_3563c2cda89c6920.utf8.csv";

    private final RoadmapReader reader = new RoadmapReader();

    private RoadmapDocument seed(String id) {
        return reader.read(RoadmapFiles.seedName(id), RoadmapFiles.seed(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void docxGivesTheSameRowsAsTheSeedText(String id) {
        RoadmapDocument text = seed(id);
        RoadmapDocument docx = reader.read(RoadmapFiles.fixturePath(id, "docx"));

        assertThat(RoadmapFiles.essentials(docx)).containsExactlyElementsOf(RoadmapFiles.essentials(text));
        assertThat(docx.sections()).isEqualTo(text.sections());
        assertThat(docx.year()).isEqualTo(text.year());
        assertThat(docx.approvedOn()).isEqualTo(text.approvedOn());
        assertThat(docx.title()).isEqualTo(text.title());
        assertThat(docx.rows()).extracting(row -> RoadmapFiles.collapse(row.responsible()))
                .containsExactlyElementsOf(text.rows().stream().map(row -> RoadmapFiles.collapse(row.responsible())).toList());
    }

    @Test
    void docxKeepsTheRowThatTheTextSplitAcrossAPage() {
        RoadmapDocument docx = reader.read(RoadmapFiles.fixturePath("004", "docx"));

        assertThat(docx.rows().get(26).number()).isEqualTo("27.");
        assertThat(docx.rows().get(26).schedule()).isEqualTo("25.04.2022- 31.05.2022 (среда)");
    }

    @Test
    void xlsxGivesTheSameRowsAsTheSeedText() {
        RoadmapDocument xlsx = reader.read(RoadmapFiles.fixturePath("004", "xlsx"));

        assertThat(RoadmapFiles.essentials(xlsx)).containsExactlyElementsOf(RoadmapFiles.essentials(seed("004")));
        assertThat(xlsx.year()).isEqualTo(2022);
        assertThat(xlsx.approvedOn()).isEqualTo(seed("004").approvedOn());
    }

    @Test
    void utf8CsvGivesTheSameRowsAsTheSeedText() {
        RoadmapDocument csv = reader.read("003.csv", RoadmapFiles.resource(UTF8_CSV));

        assertThat(RoadmapFiles.essentials(csv)).containsExactlyElementsOf(RoadmapFiles.essentials(seed("003")));
        assertThat(csv.rows()).allSatisfy(row -> assertThat(row.sectionYear()).isEqualTo(2021));
        assertThat(csv.title()).isEqualTo(seed("003").title());
    }

    @Test
    void csvWithAByteOrderMarkReadsTheSame() {
        byte[] plain = RoadmapFiles.resource(UTF8_CSV);
        byte[] withBom = new byte[plain.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, withBom, 3, plain.length);

        assertThat(reader.read("003.csv", withBom).rows()).isEqualTo(reader.read("003.csv", plain).rows());
    }

    @Test
    void windows1251CsvWithSemicolonsReadsTheSame() {
        String utf8 = new String(RoadmapFiles.resource(UTF8_CSV), StandardCharsets.UTF_8);
        byte[] excelStyle = semicolonsOutsideQuotes(utf8).replace("\n", "\r\n").getBytes(Charset.forName("windows-1251"));

        RoadmapDocument csv = reader.read("003.csv", excelStyle);

        assertThat(RoadmapFiles.essentials(csv)).containsExactlyElementsOf(RoadmapFiles.essentials(seed("003")));
    }

    /** What Excel in a Russian locale writes: the same records, separated by semicolons. */
    private static String semicolonsOutsideQuotes(String csv) {
        StringBuilder out = new StringBuilder(csv.length());
        boolean quoted = false;
        for (char c : csv.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            out.append(c == ',' && !quoted ? ';' : c);
        }
        return out.toString();
    }

    @Test
    void csvWhoseLettersBecameQuestionMarksIsRefused() {
        UnreadableRoadmapException refused = catchThrowableOfType(UnreadableRoadmapException.class,
                () -> reader.read(RoadmapFiles.fixturePath("003", "csv")));

        assertThat(refused.problem()).isEqualTo(Problem.LOST_ENCODING);
        assertThat(refused.fileName()).isEqualTo(RoadmapFiles.fixtureName("003", "csv"));
    }

    @Test
    void docxNamedAsTextIsStillReadAsDocx() {
        RoadmapDocument renamed = reader.read("roadmap.txt", RoadmapFiles.fixture("002", "docx"));

        assertThat(renamed.rows()).hasSize(26);
    }
}
