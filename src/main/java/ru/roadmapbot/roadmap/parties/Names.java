package ru.roadmapbot.roadmap.parties;

import java.util.List;

/**
 * How organizations and people are written in parties: one space between words, quotes closed, schools as
 * "&lt;kind&gt; № &lt;n&gt;" in the nominative ("директор Средней школы № 21" limits to "Средняя школа № 21").
 */
final class Names {

    private Names() {
    }

    /** Tokens {@code from} to {@code to} (exclusive) with single spaces, a quote left open closed again. */
    static String written(List<Token> tokens, int from, int to) {
        StringBuilder name = new StringBuilder(32);
        for (int i = from; i < to; i++) {
            Token token = tokens.get(i);
            if (name.length() > 0 && !token.is(Token.Kind.COMMA) && !token.is(Token.Kind.PERIOD)) {
                name.append(' ');
            }
            name.append(token.text().strip());
            if (token.is(Token.Kind.QUOTED) && token.unclosed()) {
                name.append(closingFor(token.text().charAt(0)));
            }
        }
        return name.toString();
    }

    /** A school kind as the nominative: "Средней школы" → "Средняя школа", "МОУ" stays "МОУ". */
    static String schoolKind(List<Token> tokens, int from, int to) {
        boolean oblique = false;
        for (int i = from; i < to; i++) {
            oblique |= Lexicon.schoolNoun(tokens.get(i)) && !nominativeNoun(tokens.get(i).key());
        }
        if (!oblique) {
            return written(tokens, from, to);
        }
        StringBuilder kind = new StringBuilder(32);
        for (int i = from; i < to; i++) {
            Token token = tokens.get(i);
            if (kind.length() > 0) {
                kind.append(' ');
            }
            kind.append(Lexicon.schoolNoun(token) ? nominativeNoun(token) : nominativeAdjective(token));
        }
        return kind.toString();
    }

    static String numbered(String kind, String number) {
        return kind + " № " + number;
    }

    /** "Ю.Н.Соколова" and "Ю. Н. Соколова" are both "Ю.Н. Соколова"; "Соколова Ю.Н." keeps its order. */
    static String person(List<Token> tokens, int from, int to) {
        StringBuilder person = new StringBuilder(24);
        for (int i = from; i < to; i++) {
            Token token = tokens.get(i);
            boolean afterInitial = i > from && tokens.get(i - 1).is(Token.Kind.INITIAL);
            if (person.length() > 0 && !(afterInitial && token.is(Token.Kind.INITIAL))) {
                person.append(' ');
            }
            person.append(token.text());
        }
        return person.toString();
    }

    private static boolean nominativeNoun(String key) {
        return key.equals("школа") || key.equals("гимназия") || key.equals("лицей");
    }

    private static String nominativeNoun(Token token) {
        String key = token.key();
        String nominative = key.startsWith("школ") ? "школа" : key.startsWith("гимнази") ? "гимназия" : "лицей";
        return sameCase(token.text(), nominative);
    }

    /** "Средней" → "Средняя", "Основной" → "Основная"; other words as written. */
    private static String nominativeAdjective(Token token) {
        String text = token.text();
        String key = token.key();
        if (key.endsWith("ней")) {
            return text.substring(0, text.length() - 2) + "яя";
        }
        if (key.endsWith("ой") || key.endsWith("ей")) {
            return text.substring(0, text.length() - 2) + "ая";
        }
        return text;
    }

    private static String sameCase(String written, String word) {
        return Character.isUpperCase(written.charAt(0)) ? Character.toUpperCase(word.charAt(0)) + word.substring(1)
                : word;
    }

    private static char closingFor(char opening) {
        return switch (opening) {
            case '«' -> '»';
            case '„' -> '“';
            case '“' -> '”';
            default -> '"';
        };
    }
}
