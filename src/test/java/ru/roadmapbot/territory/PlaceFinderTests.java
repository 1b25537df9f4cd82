package ru.roadmapbot.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Places named in the lines around a roadmap's table: titles, approval stamps, the bodies of its rows. */
class PlaceFinderTests {

    private static List<String> names(String line) {
        return PlaceFinder.find(line).stream().map(PlaceFinder.Mention::name).toList();
    }

    @Test
    void aDistrictInAnyCaseAndLetterCaseIsFound() {
        assertThat(names("АДМИНИСТРАЦИЯ ГОРОХОВЕЦКОГО РАЙОНА")).containsExactly("Гороховецкий район");
        assertThat(names("План мероприятий в Харовском муниципальном районе в 2022 году"))
                .containsExactly("Харовский муниципальный район");
        assertThat(names("Управление образования Каменск-Уральского городского округа"))
                .containsExactly("Каменск-Уральский городской округ");
    }

    @Test
    void aCommaOrAStopEndsAPlaceSoTwoPlacesAreTwo() {
        List<PlaceFinder.Mention> found = PlaceFinder.find("администрации Харовского района, Вологодской области");
        assertThat(found).extracting(PlaceFinder.Mention::name).containsExactly("Харовский район", "Вологодская область");
        assertThat(found).extracting(PlaceFinder.Mention::kind)
                .containsExactly(TerritoryKind.MUNICIPALITY, TerritoryKind.REGION);
    }

    @Test
    void republicsAreNamedBeforeOrAfterTheWord() {
        assertThat(names("Министерство образования и науки Республики Дагестан")).containsExactly("Республика Дагестан");
        assertThat(names("Министерство образования Удмуртской Республики")).containsExactly("Удмуртская Республика");
        assertThat(names("Департамент образования Ханты-Мансийского автономного округа"))
                .containsExactly("Ханты-Мансийский автономный округ");
    }

    @Test
    void aRegionsAbbreviationInABodysNameTellsTheRegion() {
        assertThat(PlaceFinder.find("ГБУ ДПО РД «ДИРО»")).extracting(PlaceFinder.Mention::name, PlaceFinder.Mention::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Республика Дагестан", TerritoryKind.REGION));
    }

    @Test
    void wordsThatOnlyLookLikePlacesAreNotPlaces() {
        assertThat(names("руководители каждого района и муниципального района")).isEmpty();
        assertThat(names("Каждого района представители")).isEmpty();
        assertThat(names("в Северо-Кавказском федеральном округе")).isEmpty();
        assertThat(names("создание районной сети и региональной области знаний")).isEmpty();
    }

    @Test
    void theTitlesPlaceWinsOverThePreamblesAndTheMostNamedPlaceOverTheRest() {
        Place fromTitle = PlaceFinder.place("Дорожная карта Заречного района на 2024 год",
                List.of("по письму администрации Гороховецкого района", "Гороховецкого района"), List.of());
        assertThat(fromTitle.municipality()).isEqualTo("Заречный район");

        Place mostNamed = PlaceFinder.place("Дорожная карта", List.of("письмо Гороховецкого района",
                "Управление образования Харовского района", "Харовского района", "Харовском районе"), List.of());
        assertThat(mostNamed.municipality()).isEqualTo("Харовский район");
        assertThat(mostNamed.region()).isNull();
    }

    @Test
    void theRowsTellTheRegionOnlyWhenTitleAndPreambleDoNot() {
        Place fromRows = PlaceFinder.place("Дорожная карта", List.of(), List.of("ГБУ ДПО РД «ДИРО»", "МОУО"));
        assertThat(fromRows).isEqualTo(new Place(null, "Республика Дагестан"));
        Place fromPreamble = PlaceFinder.place("Дорожная карта", List.of("Министерство образования Вологодской области"),
                List.of("ГБУ ДПО РД «ДИРО»"));
        assertThat(fromPreamble.region()).isEqualTo("Вологодская область");
    }

    @Test
    void aDocumentThatNamesNoPlaceHasNone() {
        assertThat(PlaceFinder.place("«Дорожная карта» по работе со школами", List.of("УТВЕРЖДАЮ", "Директор"), List.of("МОУО")))
                .isEqualTo(Place.UNKNOWN);
    }
}
