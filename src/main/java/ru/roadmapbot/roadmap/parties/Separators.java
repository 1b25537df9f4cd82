package ru.roadmapbot.roadmap.parties;

import java.util.List;
import java.util.Set;

import ru.roadmapbot.roadmap.parties.Token.Kind;

/** Where one party of a cell must end: a line break, a comma, a semicolon, a colon or a full stop. */
final class Separators {

    /** Short words a dot abbreviates ("зам. директора", "им. В.Прокатова"), where the dot ends nothing. */
    private static final Set<String> ABBREVIATED = Set.of("зам", "им", "г", "с", "п", "д", "пос", "т", "ч", "ул",
            "нач", "рук", "спец", "гл", "вед", "зав", "отд", "упр", "обр", "др", "пр", "соц", "пед", "уч", "р", "м");

    private Separators() {
    }

    static boolean hard(List<Token> tokens, int k) {
        Token token = tokens.get(k);
        return switch (token.kind()) {
            case COMMA, SEMICOLON, COLON, NEWLINE -> true;
            case PERIOD -> k == 0 || !abbreviates(tokens.get(k - 1));
            default -> false;
        };
    }

    private static boolean abbreviates(Token previous) {
        return previous.is(Kind.WORD) && ABBREVIATED.contains(previous.key());
    }
}
