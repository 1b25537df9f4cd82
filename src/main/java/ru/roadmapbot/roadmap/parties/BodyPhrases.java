package ru.roadmapbot.roadmap.parties;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import ru.roadmapbot.roadmap.PartyRole;

/**
 * Offices named in words rather than letters, in any case form ("Управление образования", "начальник Управления
 * образования"), reported under their nominative name so that every row names the office the same way.
 */
final class BodyPhrases {

    record Match(PartyRole role, String name, int end) {
    }

    private record Phrase(PartyRole role, String name, List<Set<String>> words) {
    }

    private static final PartyRole MUNICIPAL = PartyRole.MUNICIPAL_COORDINATOR;
    private static final PartyRole REGIONAL = PartyRole.REGIONAL_COORDINATOR;

    private static final List<Phrase> PHRASES = List.of(
            phrase(MUNICIPAL, "Управление образования", forms("управлени", "е", "я", "ю", "ем", "и"),
                    Set.of("образования")),
            phrase(MUNICIPAL, "Отдел образования", forms("отдел", "", "а", "у", "ом", "е"), Set.of("образования")),
            phrase(MUNICIPAL, "Комитет по образованию", forms("комитет", "", "а", "у", "ом", "е"), Set.of("по"),
                    Set.of("образованию")),
            phrase(MUNICIPAL, "Комитет образования", forms("комитет", "", "а", "у", "ом", "е"), Set.of("образования")),
            // Departments and ministries of education sit at the level of the region in the 500+ project.
            phrase(REGIONAL, "Департамент образования", forms("департамент", "", "а", "у", "ом", "е"),
                    Set.of("образования")),
            phrase(REGIONAL, "Министерство образования", forms("министерств", "о", "а", "у", "ом", "е"),
                    Set.of("образования")),
            phrase(REGIONAL, "Институт развития образования", forms("институт", "", "а", "у", "ом", "е"),
                    Set.of("развития"), Set.of("образования")),
            phrase(REGIONAL, "Центр обработки информации", forms("центр", "", "а", "у", "ом", "е"),
                    Set.of("обработки"), Set.of("информации")),
            phrase(REGIONAL, "Центр оценки качества образования", forms("центр", "", "а", "у", "ом", "е"),
                    Set.of("оценки"), Set.of("качества"), Set.of("образования")),
            phrase(MUNICIPAL, "Органы местного самоуправления", forms("орган", "ы", "ов", "ам", "ами", "ах"),
                    Set.of("местного"), Set.of("самоуправления")),
            // "ЦОИ и ОКО" is one regional centre (information processing and quality assessment), not two parties.
            phrase(REGIONAL, null, Set.of("цои", "рцои"), Set.of("и"), Set.of("око")));

    private static final Set<String> FIRST_WORDS = firstWords();

    private BodyPhrases() {
    }

    static boolean startsPhrase(Token token) {
        return token.isWord() && FIRST_WORDS.contains(token.key());
    }

    /** The office phrase starting at {@code i}; a phrase with no fixed name is named as written. */
    static Match at(List<Token> tokens, int i) {
        if (!startsPhrase(tokens.get(i))) {
            return null;
        }
        for (Phrase phrase : PHRASES) {
            int end = i + phrase.words().size();
            if (end <= tokens.size() && matches(tokens, i, phrase)) {
                String name = phrase.name() != null ? phrase.name() : Names.written(tokens, i, end);
                return new Match(phrase.role(), name, end);
            }
        }
        return null;
    }

    private static boolean matches(List<Token> tokens, int i, Phrase phrase) {
        for (int w = 0; w < phrase.words().size(); w++) {
            Token token = tokens.get(i + w);
            if (!token.isWord() || !phrase.words().get(w).contains(token.key())) {
                return false;
            }
        }
        return true;
    }

    @SafeVarargs
    private static Phrase phrase(PartyRole role, String name, Set<String>... words) {
        return new Phrase(role, name, List.of(words));
    }

    private static Set<String> forms(String stem, String... endings) {
        Set<String> forms = new HashSet<>();
        for (String ending : endings) {
            forms.add(stem + ending);
        }
        return Set.copyOf(forms);
    }

    private static Set<String> firstWords() {
        Set<String> first = new HashSet<>();
        PHRASES.forEach(phrase -> first.addAll(phrase.words().get(0)));
        return Set.copyOf(first);
    }
}
