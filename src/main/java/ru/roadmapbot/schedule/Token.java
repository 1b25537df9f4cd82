package ru.roadmapbot.schedule;

/**
 * One lexeme of a schedule cell. Numbers keep their digit count ("20212" is a typo, "22" a short year);
 * dates and times are recognised by the lexer because only it sees the separators between the digits.
 */
final class Token {

    enum Type { NUMBER, DATE, MONTH_YEAR, TIME, ORDINAL_NUMBER, WORD, DASH, COMMA, SEMICOLON, DOT, COLON, SLASH, OPEN, CLOSE, OTHER }

    final Type type;
    final int start;
    final int end;
    /** NUMBER: value; DATE: day; TIME: hour; ORDINAL_NUMBER: value. */
    final int a;
    /** NUMBER: digit count; DATE: month; TIME: minute. */
    final int b;
    /** DATE: year as written, or -1 when the date has none. */
    final int c;
    /** DATE: digits of the year. */
    final int yearDigits;
    final Lexicon.Word word;
    /** DATE: written with odd separators ("01,04,2022"), so a person should check it. */
    boolean oddSeparators;

    Token(Type type, int start, int end, int a, int b, int c, int yearDigits, Lexicon.Word word) {
        this.type = type;
        this.start = start;
        this.end = end;
        this.a = a;
        this.b = b;
        this.c = c;
        this.yearDigits = yearDigits;
        this.word = word;
    }

    boolean is(WordClass wordClass) {
        return word != null && word.wordClass() == wordClass;
    }

    boolean isNumber() {
        return type == Type.NUMBER;
    }

    int value() {
        return word != null ? word.value() : a;
    }

    @Override
    public String toString() {
        return type + (word != null ? "(" + word.wordClass() + ":" + word.value() + ")" : "(" + a + "," + b + "," + c + ")");
    }
}
