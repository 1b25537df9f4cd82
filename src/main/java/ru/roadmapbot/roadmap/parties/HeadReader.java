package ru.roadmapbot.roadmap.parties;

import java.util.List;

import ru.roadmapbot.roadmap.PartyRole;

/**
 * Reads a role phrase: adjectives and the head noun they describe ("Муниципальные координаторы", "персональные
 * кураторы", "классные руководители"). An adjective of level decides the role of coordinators ("региональный
 * координатор") and of staff ("педагогические работники").
 */
final class HeadReader {

    record Match(Lexicon.Head head, PartyRole adjectiveRole, boolean pluralAdjective, int start, int end) {

        PartyRole role() {
            return switch (head.kind()) {
                case CURATOR -> PartyRole.CURATOR;
                case SCHOOLS -> PartyRole.DIRECTOR;
                case COORDINATOR, STAFF -> adjectiveRole != null ? adjectiveRole : head.role();
            };
        }

        Lexicon.HeadKind kind() {
            return head.kind();
        }

        /** A group of people ("кураторы", "муниципальные координаторы") rather than one person's position. */
        boolean group() {
            return head.plural() && !head.ambiguous() || pluralAdjective;
        }
    }

    private static final int MAX_ADJECTIVES = 3;

    private final List<Token> tokens;

    HeadReader(List<Token> tokens) {
        this.tokens = tokens;
    }

    Match read(int i) {
        int k = i;
        PartyRole adjectiveRole = null;
        boolean pluralAdjective = false;
        Lexicon.Adjective adjective;
        while (k < tokens.size() && k - i < MAX_ADJECTIVES) {
            Token token = tokens.get(k);
            if ((adjective = Lexicon.adjective(token)) != null) {
                adjectiveRole = adjectiveRole != null ? adjectiveRole : adjective.role();
                pluralAdjective |= adjective.plural();
            } else if (Lexicon.adjectiveShaped(token)) {
                // "Управленческие команды": an adjective the lexicon lacks still describes the head after it.
                pluralAdjective |= token.key().endsWith("ые") || token.key().endsWith("ие");
            } else {
                break;
            }
            k++;
        }
        Lexicon.Head head = k < tokens.size() ? Lexicon.head(tokens.get(k)) : null;
        return head == null ? null : new Match(head, adjectiveRole, pluralAdjective, i, k + 1);
    }

    /**
     * Whether a role phrase in the middle of a party opens a new one. Forms that are also oblique cases
     * ("директора", "школы") only do so with a capital, the mark of a paragraph flattened into the line.
     */
    boolean opensParty(Match match) {
        return match != null && (!match.head().ambiguous() || tokens.get(match.start()).capitalized());
    }
}
