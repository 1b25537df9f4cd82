package ru.roadmapbot.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import ru.roadmapbot.roadmap.PartyRole;
import ru.roadmapbot.roadmap.ResponsibleParty;

/** Which participants a responsible party reaches. */
class ActivityAudienceTests {

    private static final Instant NOW = Instant.parse("2022-03-29T06:00:00Z");

    private static Participant participant(String name, Role role, String organization) {
        return new Participant(name, role, organization == null ? null : new Organization(organization, NOW), NOW);
    }

    private static ResponsibleParty party(PartyRole role, String... organizations) {
        return new ResponsibleParty(role, List.of(organizations), null, null, "raw");
    }

    private final Participant directorOf2 = participant("Маркова И.В.", Role.DIRECTOR,
            "МОУ «Средняя общеобразовательная школа № 2»");
    private final Participant directorOf14 = participant("Полкова М.А.", Role.DIRECTOR, "МОУ № 14");
    private final Participant curatorFrom1 = participant("Сидоров С.С.", Role.CURATOR, "МОУ № 1");
    private final Participant coordinator = participant("Зыкова Мария Владимировна", Role.MUNICIPAL_COORDINATOR, "МКУ «УО»");

    @Test
    void allDirectorsWhenNoSchoolIsNamed() {
        ResponsibleParty directors = party(PartyRole.DIRECTOR);
        assertThat(ActivityAudience.reaches(directors, directorOf2)).isTrue();
        assertThat(ActivityAudience.reaches(directors, directorOf14)).isTrue();
        assertThat(ActivityAudience.reaches(directors, curatorFrom1)).isFalse();
    }

    @Test
    void namedSchoolsByNumberReachOnlyTheirDirectors() {
        ResponsibleParty directorsOf2And7 = party(PartyRole.DIRECTOR, "МОУ № 2", "МОУ № 7");
        assertThat(ActivityAudience.reaches(directorsOf2And7, directorOf2)).isTrue();
        assertThat(ActivityAudience.reaches(directorsOf2And7, directorOf14)).isFalse();
    }

    @Test
    void curatorsFromNamedSchools() {
        assertThat(ActivityAudience.reaches(party(PartyRole.CURATOR, "МОУ № 1", "МОУ № 3"), curatorFrom1)).isTrue();
        assertThat(ActivityAudience.reaches(party(PartyRole.CURATOR, "МОУ № 3"), curatorFrom1)).isFalse();
        assertThat(ActivityAudience.reaches(party(PartyRole.CURATOR), curatorFrom1)).isTrue();
    }

    @Test
    void coordinatorRoleIgnoresTheBodyName() {
        assertThat(ActivityAudience.reaches(party(PartyRole.MUNICIPAL_COORDINATOR, "МКУ «Управление образования»"), coordinator))
                .isTrue();
    }

    @Test
    void namedPersonIsReachedBySurnameAndInitials() {
        ResponsibleParty zykova = new ResponsibleParty(PartyRole.MUNICIPAL_COORDINATOR, List.of(), "Зыкова М.В.",
                "муниципальный координатор", "Зыкова М.В., муниципальный координатор");
        assertThat(ActivityAudience.reaches(zykova, coordinator)).isTrue();
        ResponsibleParty stranger = new ResponsibleParty(null, List.of(), "Иванов И.И.", null, "Иванов И.И.");
        assertThat(ActivityAudience.reaches(stranger, coordinator)).isFalse();
    }

    @Test
    void partyWithoutRoleReachesNobody() {
        assertThat(ActivityAudience.reaches(new ResponsibleParty(null, List.of(), null, null, "По плану учреждений"), directorOf2))
                .isFalse();
    }
}
