package ru.roadmapbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import ru.roadmapbot.roadmap.Roadmaps;
import ru.roadmapbot.territory.Territories;

/**
 * {@code import} and {@code invite} on an instance of several districts: the territory comes from the document or
 * from {@code --territory}; what cannot be settled is refused with the territories to choose from, and changes
 * nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "spring.datasource.url=jdbc:h2:mem:territory-commands;DB_CLOSE_DELAY=-1")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TerritoryCommandsTests {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final Set<String> VALUED = Set.of("roadmap", "territory", "school", "role", "org", "name", "schools");

    @Autowired
    ImportCommand importCommand;

    @Autowired
    InviteCommand inviteCommand;

    @Autowired
    Roadmaps roadmaps;

    @Autowired
    Territories territories;

    @TempDir
    static Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int importing(String... args) {
        err.reset();
        return importCommand.run(CommandArguments.parse(List.of(args), VALUED), new CliMessages(Locale.ROOT),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private int inviting(String... args) {
        out.reset();
        err.reset();
        return inviteCommand.run(CommandArguments.parse(List.of(args), VALUED), new CliMessages(Locale.ROOT),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static Path withoutPlace() throws Exception {
        Path file = folder.resolve("plan-2022.txt");
        Files.writeString(file, String.join("\n", "Дорожная карта проекта «500+» в 2022 году",
                "№ п/п\tМероприятие\tСроки\tОтветственные", "1.\tПедсовет по итогам самодиагностики\tмарт 2022\tРуководители ОУ", ""));
        return file;
    }

    @Test
    @Order(1)
    void aDocumentIsPlacedWhereItsTitleAndApprovalLineSay() {
        assertThat(importing(FIXTURES.resolve("001_5ee45a74bb2df34c.docx").toString())).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("«500+ · Каменск-Уральский ГО · 2021»",
                "территория Каменск-Уральский городской округ");
        assertThat(importing(FIXTURES.resolve("004_7680f41c24c846e3.docx").toString())).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("территория Гороховецкий район");
    }

    @Test
    @Order(2)
    void aDocumentThatNamesNoPlaceIsRefusedWithTheTerritoriesToChooseFrom() throws Exception {
        int before = roadmaps.all().size();

        assertThat(importing(withoutPlace().toString())).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--territory", "Каменск-Уральский городской округ",
                "Гороховецкий район");
        assertThat(roadmaps.all()).hasSize(before);
    }

    @Test
    @Order(3)
    void theTerritoryGivenPlacesIt() throws Exception {
        assertThat(importing(withoutPlace().toString(), "--territory", "гороховецкий р-н")).isZero();

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("«500+ · Гороховецкий р-н · 2022»");
        assertThat(territories.nameOf(roadmaps.byCode("plan-2022").orElseThrow().getTerritoryId()))
                .isEqualTo("Гороховецкий район");
    }

    @Test
    @Order(4)
    void aSchoolNameOfSeveralDistrictsIsRefusedWithThemAndPlacedWithTheTerritory() {
        assertThat(inviting("--role", "director", "--name", "Первая П.П.", "--org", "МОУ № 5", "--territory",
                "Гороховецкий район")).isZero();
        assertThat(inviting("--role", "director", "--name", "Вторая В.В.", "--org", "МОУ № 5", "--territory",
                "Каменск-Уральский городской округ")).isZero();

        assertThat(inviting("--role", "director", "--name", "Третья Т.Т.", "--org", "МОУ № 5")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("МОУ № 5 (Гороховецкий район)",
                "МОУ № 5 (Каменск-Уральский городской округ)", "--territory");
        assertThat(out.size()).isZero();
    }

    @Test
    @Order(5)
    void anUnknownTerritoryThatDoesNotSayWhatItIsIsRefused() {
        assertThat(inviting("--role", "director", "--name", "Иванова А.А.", "--org", "МОУ № 9", "--territory", "Атлантида"))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("«Атлантида» не найдена", "Гороховецкий район");
        assertThat(territories.all()).noneMatch(t -> t.getName().contains("Атлантида"));
    }

    @Test
    @Order(6)
    void aNewDistrictWithItsRegionIsCreatedWhereItIsNamed() {
        assertThat(inviting("--role", "municipal-coordinator", "--name", "Соколова Ю.Н.", "--territory",
                "Харовский муниципальный район, Вологодская область")).isZero();
        assertThat(territories.all()).anySatisfy(t -> {
            assertThat(t.getName()).isEqualTo("Харовский муниципальный район");
            assertThat(territories.nameOf(t.getParentId())).isEqualTo("Вологодская область");
        });
    }
}
