package ru.roadmapbot.territory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Place names as documents write them, back in the nominative, with one key for every spelling. */
class PlaceNamesTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Гороховецкого района|Гороховецкий район",
            "ГОРОХОВЕЦКОГО РАЙОНА|Гороховецкий район",
            "Харовского муниципального района|Харовский муниципальный район",
            "Харовском муниципальном районе|Харовский муниципальный район",
            "Каме\u0301нск-Ура\u0301льского городского округа|Каменск-Уральский городской округ",
            "Свердловской области|Свердловская область",
            "Краснодарского края|Краснодарский край",
            "Республики Дагестан|Республика Дагестан",
            "Удмуртской Республики|Удмуртская Республика",
            "Ханты-Мансийского автономного округа|Ханты-Мансийский автономный округ",
            "Верхнего района|Верхний район",
            "Заречного района|Заречный район",
            "Гороховецкий район|Гороховецкий район"})
    void adjectivesGoBackToTheNominativeOfTheirHeadNoun(String written, String nominative) {
        assertThat(PlaceNames.nominative(written)).isEqualTo(nominative);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Гороховецкий район|гороховецкий р-н",
            "Гороховецкий район|ГОРОХОВЕЦКОГО РАЙОНА",
            "Харовский муниципальный район|Харовский район",
            "Каменск-Уральский городской округ|Каменск-Уральский ГО",
            "Республика Дагестан|Дагестан",
            "Свердловская область|Свердловская обл."})
    void spellingsOfOnePlaceShareAKey(String one, String other) {
        assertThat(PlaceNames.matchKey(one)).isEqualTo(PlaceNames.matchKey(other)).isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Гороховецкий район|MUNICIPALITY",
            "Каменск-Уральский городской округ|MUNICIPALITY",
            "Харовский муниципальный округ|MUNICIPALITY",
            "Вологодская область|REGION",
            "Пермский край|REGION",
            "Республика Дагестан|REGION",
            "Ханты-Мансийский автономный округ|REGION"})
    void theWordsOfANameSayWhatKindOfPlaceItIs(String name, TerritoryKind kind) {
        assertThat(PlaceNames.kindOf(name)).isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Гороховецкий район|Гороховецкий р-н",
            "Харовский муниципальный район|Харовский р-н",
            "Каменск-Уральский городской округ|Каменск-Уральский ГО",
            "Свердловская область|Свердловская обл.",
            "Республика Дагестан|Респ. Дагестан"})
    void shortNamesFitAListLine(String name, String shortName) {
        assertThat(PlaceNames.shortName(name)).isEqualTo(shortName);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Гороховецкий", "Дагестан", "Школа № 5"})
    void aNameWithoutItsKindSaysNone(String name) {
        assertThat(PlaceNames.kindOf(name)).isNull();
    }
}
