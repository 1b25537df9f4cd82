package ru.roadmapbot.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ru.roadmapbot.territory.Place;
import ru.roadmapbot.territory.PlaceNames;

/** Where each seed roadmap belongs, as its title, approval line and rows say, in every format it comes in. */
class SeedPlacesTests {

    private final RoadmapReader reader = new RoadmapReader();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "000|Сергокалинский район|Республика Дагестан|MUNICIPAL",
            "001|Каменск-Уральский городской округ|Свердловская область|MUNICIPAL",
            "002|Харовский муниципальный район|Вологодская область|MUNICIPAL",
            "003||Республика Дагестан|REGIONAL",
            "004|Гороховецкий район|Владимирская область|MUNICIPAL"})
    void seedTextNamesItsTerritory(String id, String municipality, String region, RoadmapLevel level) {
        RoadmapDocument document = reader.read(RoadmapFiles.seedName(id), RoadmapFiles.seed(id));
        assertThat(document.place()).isEqualTo(new Place(municipality, region));
        assertThat(document.level()).isEqualTo(level);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "000|500+ · Сергокалинский р-н · 2022",
            "001|500+ · Каменск-Уральский ГО · 2021",
            "002|ШНОР · Харовский р-н · 2022",
            "003|ШНОР · Респ. Дагестан · 2021",
            "004|500+ · Гороховецкий р-н · 2022"})
    void seedGetsAShortNameFromItsTitlePlaceAndYear(String id, String shortName) {
        RoadmapDocument document = reader.read(RoadmapFiles.seedName(id), RoadmapFiles.seed(id));
        Place place = document.place();
        String territory = place.municipality() != null ? place.municipality() : place.region();
        assertThat(RoadmapNames.shortName(document.title(), PlaceNames.shortName(territory), document.year()))
                .isEqualTo(shortName);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "000|Сергокалинский район|Республика Дагестан",
            "001|Каменск-Уральский городской округ|Свердловская область",
            "002|Харовский муниципальный район|Вологодская область",
            "003||Республика Дагестан",
            "004|Гороховецкий район|Владимирская область"})
    void docxFixtureNamesTheSameTerritory(String id, String municipality, String region) {
        RoadmapDocument document = reader.read(RoadmapFiles.fixtureName(id, "docx"), RoadmapFiles.fixture(id, "docx"));
        assertThat(document.place()).isEqualTo(new Place(municipality, region));
    }
}
