package ru.roadmapbot.roadmap.parties;

import java.util.List;

import ru.roadmapbot.roadmap.PartyRole;

/**
 * The level of an office written as a legal form and a quoted name: the name decides when it says ("«УО»",
 * "«Управление образования»", "«ДИРО»", "«Шапшинская ООШ»"), otherwise the legal form does.
 */
final class QuotedNames {

    private QuotedNames() {
    }

    /** The role of a quoted name after an optional legal form, or null when neither tells. */
    static PartyRole role(String inner, String legalForm) {
        List<Token> words = CellLexer.tokenize(inner);
        for (int i = 0; i < words.size(); i++) {
            Token word = words.get(i);
            BodyPhrases.Match phrase = BodyPhrases.at(words, i);
            if (phrase != null) {
                return phrase.role();
            }
            Lexicon.Body body = Lexicon.body(word);
            if (body != null) {
                return body.role();
            }
            if (Lexicon.schoolNoun(word) || word.isWord("гимназия") || word.isWord("лицей")) {
                return PartyRole.DIRECTOR;
            }
        }
        return legalForm == null ? null : legalFormRole(legalForm);
    }

    /**
     * The level a legal form implies: "М…" (municipal) institutions belong to the municipality; state ("Г…",
     * "ОГ…", "КГ…") and further-training ("ДПО") institutions to the region. Anything else is left unknown.
     */
    static PartyRole legalFormRole(String legalForm) {
        if (legalForm.contains("ДПО")) {
            return PartyRole.REGIONAL_COORDINATOR;
        }
        if (legalForm.startsWith("М")) {
            return PartyRole.MUNICIPAL_COORDINATOR;
        }
        if (legalForm.startsWith("Г") || legalForm.startsWith("ОГ") || legalForm.startsWith("КГ")) {
            return PartyRole.REGIONAL_COORDINATOR;
        }
        return null;
    }
}
