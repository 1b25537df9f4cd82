package ru.roadmapbot.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static ru.roadmapbot.roadmap.TestDocuments.docx;
import static ru.roadmapbot.roadmap.TestDocuments.paragraph;
import static ru.roadmapbot.roadmap.TestDocuments.table;

import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.function.Executable;
import ru.roadmapbot.roadmap.UnreadableRoadmapException.Problem;

class UnreadableFilesTests {

    private static final String[] HEADER = {"№ п/п", "Мероприятие", "Сроки", "Ответственный"};

    private final RoadmapReader reader = new RoadmapReader();

    @TempDir
    Path folder;

    private static Problem problemOf(Executable reading) {
        UnreadableRoadmapException refused = catchThrowableOfType(UnreadableRoadmapException.class, reading::execute);
        assertThat(refused).as("an UnreadableRoadmapException").isNotNull();
        return refused.problem();
    }

    @Test
    void pdfIsAFormatWeDoNotRead() {
        byte[] pdf = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.US_ASCII);

        assertThat(problemOf(() -> reader.read("roadmap.pdf", pdf))).isEqualTo(Problem.UNSUPPORTED_FORMAT);
    }

    @Test
    void pictureIsAFormatWeDoNotReadWhateverItsName() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        assertThat(problemOf(() -> reader.read("scan.png", png))).isEqualTo(Problem.UNSUPPORTED_FORMAT);
        assertThat(problemOf(() -> reader.read("roadmap.docx", png))).isEqualTo(Problem.UNSUPPORTED_FORMAT);
    }

    @Test
    void emptyFileIsEmpty() throws Exception {
        Path empty = Files.createFile(folder.resolve("roadmap.docx"));

        assertThat(problemOf(() -> reader.read(empty))).isEqualTo(Problem.EMPTY_FILE);
        assertThat(problemOf(() -> reader.read("roadmap.txt", new byte[0]))).isEqualTo(Problem.EMPTY_FILE);
        assertThat(problemOf(() -> reader.read("roadmap.csv", " \r\n\n".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(Problem.EMPTY_FILE);
    }

    @Test
    void docxWithParagraphsButNoTableHasNoTable() {
        byte[] letter = docx(document -> {
            paragraph(document, "Дорожная карта на 2022 год");
            paragraph(document, "Будет утверждена позже.");
        });

        assertThat(problemOf(() -> reader.read("letter.docx", letter))).isEqualTo(Problem.NO_TABLE);
    }

    @Test
    void tableWithoutScheduleColumnIsRefused() {
        byte[] noDates = docx(document -> table(document,
                new String[] {"№ п/п", "Мероприятие", "Ответственный"},
                new String[] {"1.", "Совещание", "Кураторы"}));

        assertThat(problemOf(() -> reader.read("plan.docx", noDates))).isEqualTo(Problem.NO_SCHEDULE_COLUMN);
    }

    @Test
    void tableWithoutTitleColumnIsRefused() {
        byte[] noTitles = docx(document -> table(document,
                new String[] {"№ п/п", "Сроки", "Ответственный"},
                new String[] {"1.", "март 2022", "Кураторы"}));

        assertThat(problemOf(() -> reader.read("plan.docx", noTitles))).isEqualTo(Problem.NO_TITLE_COLUMN);
    }

    @Test
    void tableWithAHeaderButNoRowsHasNoActivities() {
        byte[] headerOnly = docx(document -> table(document, HEADER));

        assertThat(problemOf(() -> reader.read("plan.docx", headerOnly))).isEqualTo(Problem.NO_ACTIVITIES);
    }

    @Test
    void truncatedDocxIsCorrupt() {
        byte[] whole = RoadmapFiles.fixture("000", "docx");
        byte[] truncated = Arrays.copyOf(whole, whole.length / 2);

        assertThat(problemOf(() -> reader.read("roadmap.docx", truncated))).isEqualTo(Problem.CORRUPT);
    }

    @Test
    void passwordProtectedDocxIsEncrypted() {
        byte[] locked = TestDocuments.encrypted(RoadmapFiles.fixture("003", "docx"), "секрет");

        assertThat(problemOf(() -> reader.read("roadmap.docx", locked))).isEqualTo(Problem.ENCRYPTED);
    }

    /**
     * Random bytes under a document's name are NOT_A_DOCUMENT rather than CORRUPT: they do not even start like a
     * .docx (a zip), so nothing was damaged; the file is something else, renamed or mixed up.
     */
    @Test
    void randomBytesNamedDocxAreNotADocument() {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);

        assertThat(problemOf(() -> reader.read("roadmap.docx", noise))).isEqualTo(Problem.NOT_A_DOCUMENT);
        assertThat(problemOf(() -> reader.read("noise.bin", noise))).isEqualTo(Problem.UNSUPPORTED_FORMAT);
    }

    @Test
    void fileOverTheLimitIsTooLarge() throws Exception {
        RoadmapReader small = new RoadmapReader(1000);
        Path seed = Files.write(folder.resolve("seed.txt"), RoadmapFiles.seed("003"));

        UnreadableRoadmapException refused = catchThrowableOfType(UnreadableRoadmapException.class,
                () -> small.read(seed));

        assertThat(refused.problem()).isEqualTo(Problem.TOO_LARGE);
        assertThat(refused.fileName()).isEqualTo("seed.txt");
        assertThat(refused.arguments()).hasSize(1);
        assertThat(problemOf(() -> small.read("seed.txt", RoadmapFiles.seed("003")))).isEqualTo(Problem.TOO_LARGE);
    }

    @Test
    void bytesOfAFileAreItsContentWithinTheLimit() throws Exception {
        byte[] content = RoadmapFiles.seed("003");
        Path seed = Files.write(folder.resolve("seed.txt"), content);

        assertThat(reader.bytes(seed)).isEqualTo(content);
        assertThat(problemOf(() -> new RoadmapReader(1000).bytes(seed))).isEqualTo(Problem.TOO_LARGE);
        assertThat(problemOf(() -> reader.bytes(Files.write(folder.resolve("empty.txt"), new byte[0]))))
                .isEqualTo(Problem.EMPTY_FILE);
    }

    @Test
    void fiftyMegabyteFileIsRefusedBeforeItIsRead() throws Exception {
        Path huge = folder.resolve("huge.docx");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024); // sparse: takes no disk, and reading it would take 50 MB of heap
        }

        assertThat(problemOf(() -> reader.read(huge))).isEqualTo(Problem.TOO_LARGE);
    }

    @Test
    void missingFileIsUnreadable() {
        assertThat(problemOf(() -> reader.read(folder.resolve("absent.docx")))).isEqualTo(Problem.UNREADABLE_FILE);
    }

    @Test
    void refusalNamesTheFileAndItsMessageKey() {
        UnreadableRoadmapException refused = catchThrowableOfType(UnreadableRoadmapException.class,
                () -> reader.read("План 2022.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)));

        assertThat(refused.fileName()).isEqualTo("План 2022.pdf");
        assertThat(refused.messageKey()).isEqualTo("roadmap.unreadable.unsupported-format");
        assertThat(refused.messageArguments()).containsExactly("План 2022.pdf");
    }

    @Test
    void zipThatIsNotOfficeXmlIsAFormatWeDoNotRead() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.US_ASCII));
        }

        assertThat(problemOf(() -> reader.read("roadmap.odt", bytes.toByteArray()))).isEqualTo(Problem.UNSUPPORTED_FORMAT);
    }

    @Test
    void damagedDocumentsAreRefusedWithAProblemAndNothingElse() {
        Random random = new Random(7);
        for (String[] fixture : new String[][] {{"000", "docx"}, {"004", "xlsx"}}) {
            byte[] whole = RoadmapFiles.fixture(fixture[0], fixture[1]);
            for (int cut = 100; cut < whole.length - 100; cut += whole.length / 25) {
                byte[] truncated = Arrays.copyOf(whole, cut);
                assertThat(problemOf(() -> reader.read("damaged." + fixture[1], truncated))).isEqualTo(Problem.CORRUPT);
            }
            for (int attempt = 0; attempt < 25; attempt++) {
                byte[] flipped = whole.clone();
                for (int i = 0; i < 5; i++) {
                    flipped[4 + random.nextInt(flipped.length - 4)] ^= (byte) (1 + random.nextInt(255));
                }
                try {
                    reader.read("damaged." + fixture[1], flipped);
                } catch (UnreadableRoadmapException refused) {
                    assertThat(refused.problem()).isNotEqualTo(Problem.UNREADABLE_FILE);
                }
            }
        }
    }
}
