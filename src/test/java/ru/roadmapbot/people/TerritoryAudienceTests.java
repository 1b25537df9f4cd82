package ru.roadmapbot.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;

import ru.roadmapbot.roadmap.Activity;
import ru.roadmapbot.roadmap.ImportOptions;
import ru.roadmapbot.roadmap.RoadmapImporter;
import ru.roadmapbot.roadmap.Roadmaps;
import ru.roadmapbot.territory.Territories;
import ru.roadmapbot.territory.TerritoryRefusedException;

/**
 * The five demo roadmaps in one database (four districts of four regions, and the regional roadmap of Дагестан):
 * who gets which work follows the territory first, then the rows' responsible parties.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.datasource.url=jdbc:h2:mem:territory-audience;DB_CLOSE_DELAY=-1", "spring.quartz.auto-startup=false"})
class TerritoryAudienceTests {

    private static final List<String> SEEDS = List.of("000_8947be193d347cd7", "001_5ee45a74bb2df34c",
            "002_0994dfd4ec89aa3d", "003_3563c2cda89c6920", "004_7680f41c24c846e3");
    private static final AtomicLong TELEGRAM_IDS = new AtomicLong(50_000);

    @Autowired
    RoadmapImporter importer;

    @Autowired
    Roadmaps roadmaps;

    @Autowired
    Territories territories;

    @Autowired
    Invitations invitations;

    @Autowired
    ActivityAudience audience;

    /** Once for all tests: they only add people, each their own. */
    @BeforeEach
    synchronized void loadTheDemoRoadmaps() throws IOException {
        for (String seed : SEEDS) {
            if (roadmaps.byCode(seed).isPresent()) {
                continue;
            }
            try (InputStream in = new ClassPathResource("demo/" + seed + ".txt").getInputStream()) {
                importer.importDocument(seed + ".txt", in.readAllBytes(), ImportOptions.defaults());
            }
        }
    }

    private Participant person(Role role, String name, String organization, String territory) {
        long id = TELEGRAM_IDS.incrementAndGet();
        String token = invitations.invite(new InvitationRequest(role, name, organization, List.of(), null, null, territory))
                .token();
        return invitations.accept(token, MessengerAccounts.telegram(id, id, name));
    }

    /** How many of each roadmap's activities reach the person, by roadmap code. */
    private Map<String, Long> reached(Participant person) {
        return roadmaps.currentActivities().stream().filter(activity -> audience.reaches(activity, person))
                .collect(Collectors.groupingBy(activity -> activity.getRoadmap().getCode(), Collectors.counting()));
    }

    @Test
    void galitskayasDirectorGetsOnlyGorokhovetsWork() {
        Participant director = person(Role.DIRECTOR, "Иванова А.А.", "МБОУ Галицкая СОШ", null);

        assertThat(territories.nameOf(director.territoryId())).isEqualTo("Гороховецкий район");
        // before territories every roadmap reached every school: 132 of the 232 activities
        assertThat(reached(director)).containsOnlyKeys("004_7680f41c24c846e3").containsEntry("004_7680f41c24c846e3", 37L);
    }

    @Test
    void aRegionsRoadmapReachesItsDistrictsAndNoOtherRegions() {
        Participant sergokala = person(Role.MUNICIPAL_COORDINATOR, "Магомедова П.М.", "МКУ «Управление образования»",
                "Сергокалинский район");
        Participant kharovo = person(Role.MUNICIPAL_COORDINATOR, "Соколова Ю.Н.", "Управление образования",
                "Харовский муниципальный район");

        assertThat(reached(sergokala).keySet()).containsExactlyInAnyOrder("000_8947be193d347cd7", "003_3563c2cda89c6920");
        assertThat(reached(kharovo).keySet()).containsExactly("002_0994dfd4ec89aa3d");
    }

    @Test
    void regionalCoordinatorRowsOfADistrictsRoadmapReachTheCoordinatorsOfItsRegion() {
        Participant dagestan = person(Role.REGIONAL_COORDINATOR, "Алиева А.А.", "ГБУ ДПО РД «ДИРО»", "Республика Дагестан");
        Participant vladimir = person(Role.REGIONAL_COORDINATOR, "Петров В.В.", null, "Владимирская область");

        // 000 (Сергокалинский район, in Дагестан) has no regional rows; 004's РИАЦОКО and ВИРО rows are Владимир's
        assertThat(reached(dagestan).keySet()).containsExactly("003_3563c2cda89c6920");
        assertThat(reached(vladimir).keySet()).containsExactly("004_7680f41c24c846e3");
        assertThat(reached(vladimir).get("004_7680f41c24c846e3")).isGreaterThan(20);
    }

    @Test
    void namedSchoolsNarrowWithinTheTerritory() {
        Participant galitskaya = person(Role.DIRECTOR, "Иванова А.А.", "МБОУ Галицкая СОШ", null);
        Participant denisovskaya = person(Role.DIRECTOR, "Денисова Д.Д.", "МБОУ Денисовская СОШ", null);
        Activity onlyGalitskaya = roadmaps.currentActivities().stream()
                .filter(a -> a.getRoadmap().getCode().startsWith("004") && "4.".equals(a.getNumber())).findFirst().orElseThrow();

        assertThat(audience.reaches(onlyGalitskaya, galitskaya)).isTrue();
        assertThat(audience.reaches(onlyGalitskaya, denisovskaya)).isFalse();
    }

    @Test
    void aSchoolsNameThatSeveralDistrictsHaveNeedsTheTerritory() {
        person(Role.DIRECTOR, "Первая П.П.", "МОУ № 2", "Каменск-Уральский городской округ");
        person(Role.DIRECTOR, "Вторая В.В.", "МОУ № 2", "Гороховецкий район");

        assertThatThrownBy(() -> person(Role.DIRECTOR, "Третья Т.Т.", "МОУ № 2", null))
                .isInstanceOfSatisfying(InvitationInvalidException.class, e -> {
                    assertThat(e.reason()).isEqualTo(InvitationInvalidException.Reason.ORGANIZATION_AMBIGUOUS);
                    assertThat(e.messageArguments()[1].toString())
                            .contains("Каменск-Уральский городской округ", "Гороховецкий район");
                });
    }

    @Test
    void aNewSchoolWithoutATerritoryIsRefusedWithTheDistrictsToChooseFrom() {
        assertThatThrownBy(() -> person(Role.DIRECTOR, "Новикова Н.Н.", "МБОУ СОШ № 99", null))
                .isInstanceOfSatisfying(TerritoryRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(TerritoryRefusedException.Reason.NEEDED);
                    assertThat(e.candidates()).contains("Гороховецкий район (Владимирская область)",
                            "Харовский муниципальный район (Вологодская область)");
                });
    }

    @Test
    void aSchoolCannotBePlacedInARegion() {
        assertThatThrownBy(() -> person(Role.DIRECTOR, "Новикова Н.Н.", "МБОУ СОШ № 99", "Республика Дагестан"))
                .isInstanceOfSatisfying(TerritoryRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(TerritoryRefusedException.Reason.NOT_A_MUNICIPALITY);
                    assertThat(e.candidates()).contains("Сергокалинский район (Республика Дагестан)");
                });
    }

    @Test
    void aCoordinatorInvitesOnlyIntoTheirOwnTerritory() {
        Participant kharovo = person(Role.MUNICIPAL_COORDINATOR, "Соколова Ю.Н.", "Управление образования",
                "Харовский муниципальный район");

        assertThatThrownBy(() -> invitations.invite(new InvitationRequest(Role.DIRECTOR, "Иванова А.А.",
                "МБОУ Галицкая СОШ", List.of(), null, kharovo.getId(), "Гороховецкий район")))
                .isInstanceOfSatisfying(TerritoryRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(TerritoryRefusedException.Reason.OUTSIDE));
        // without a territory, a new school goes to the inviting coordinator's own district
        String token = invitations.invite(new InvitationRequest(Role.DIRECTOR, "Смирнова С.С.", "МБОУ «Семигородняя СОШ»",
                List.of(), null, kharovo.getId())).token();
        Participant director = invitations.accept(token, MessengerAccounts.telegram(60_001, 60_001, "Софья"));
        assertThat(director.territoryId()).isEqualTo(kharovo.territoryId());
        assertThat(Set.copyOf(reached(director).keySet())).containsExactly("002_0994dfd4ec89aa3d");
    }
}
