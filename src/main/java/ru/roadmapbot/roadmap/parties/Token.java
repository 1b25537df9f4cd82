package ru.roadmapbot.roadmap.parties;

import java.util.Locale;

/**
 * One lexeme of a responsible cell with its place in the cell, so that a party can quote its own words back.
 *
 * @param key the word lower-cased with ё folded to е (lexicon lookups), or the text for non-words
 */
record Token(Kind kind, String text, String key, int start, int end) {

    enum Kind {
        /** Letters with inner hyphens: "Руководители", "школы-участники", "ОО", "ГорОО". */
        WORD,
        /** One capital letter and its dot, the half of "Л.М." in a person's initials. */
        INITIAL,
        /** Digits with an optional letter or plus: "2", "14а", "500+". */
        NUMBER,
        /** "№" or "№№". */
        NUMERO,
        /** A quoted name with its quotes: "«УО»"; an unclosed quote runs to the end of its line. */
        QUOTED,
        COMMA, SEMICOLON, PERIOD, COLON, NEWLINE, DASH,
        /** Brackets, slashes and anything else the grammar steps over. */
        OTHER
    }

    static Token of(Kind kind, String cell, int start, int end) {
        String text = cell.substring(start, end);
        return new Token(kind, text, kind == Kind.WORD ? fold(text) : text, start, end);
    }

    boolean is(Kind other) {
        return kind == other;
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isWord(String lowercase) {
        return kind == Kind.WORD && key.equals(lowercase);
    }

    /** A word starting with a capital: a paragraph start in a flattened cell, a name, or an abbreviation. */
    boolean capitalized() {
        return Character.isUpperCase(text.charAt(0));
    }

    /** "ОО", "РИАЦОКО", "ГорОО": abbreviations, which carry the names of schools and offices. */
    boolean abbreviation() {
        if (kind != Kind.WORD || text.length() < 2 || !Character.isUpperCase(text.charAt(0))) {
            return false;
        }
        int upper = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isUpperCase(text.charAt(i))) {
                upper++;
            }
        }
        // "ГорОО", "МОиН" mix cases but are still abbreviations; "Кураторы" has a single capital.
        return upper >= 2 && upper * 2 >= text.length() - 1;
    }

    /** A word with a capital first letter followed by small ones: a surname, a proper adjective, a paragraph start. */
    boolean titleCase() {
        return kind == Kind.WORD && capitalized() && !abbreviation();
    }

    /** The text of a quoted token without its quotes. */
    String inner() {
        int from = 1;
        int to = text.length();
        if (to > from && isClosingQuote(text.charAt(to - 1))) {
            to--;
        }
        return text.substring(from, Math.max(from, to)).strip();
    }

    /** Whether a quoted token lacks its closing quote ("АОУ ВО ДПО «ВИРО" at the end of a line). */
    boolean unclosed() {
        return text.length() < 2 || !isClosingQuote(text.charAt(text.length() - 1));
    }

    static boolean isClosingQuote(char ch) {
        return ch == '»' || ch == '“' || ch == '”' || ch == '"';
    }

    /**
     * The word in capitals with Latin look-alikes turned Cyrillic, for abbreviation lookups: documents typed on
     * a Latin layout write "MKУ" or "OO" with Latin letters that look the same.
     */
    String upper() {
        StringBuilder upper = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = Character.toUpperCase(text.charAt(i));
            int latin = LATIN_LOOKALIKES.indexOf(ch);
            upper.append(latin >= 0 ? CYRILLIC_LOOKALIKES.charAt(latin) : ch == 'Ё' ? 'Е' : ch);
        }
        return upper.toString();
    }

    private static final String LATIN_LOOKALIKES = "ABCEHKMOPTXY";
    private static final String CYRILLIC_LOOKALIKES = "АВСЕНКМОРТХУ";

    static String fold(String word) {
        return word.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    @Override
    public String toString() {
        return kind + "(" + text + ")";
    }
}
