package ru.roadmapbot.schedule;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a schedule cell into tokens in one pass over its characters (no regular expressions: the parser must
 * handle hundreds of thousands of cells a second). Words are lower-cased with ё folded to е; hyphens always
 * split, so "апрель-май" gives two months and a dash.
 */
final class ScheduleLexer {

    private final String text;
    private final int length;
    private final List<Token> tokens = new ArrayList<>(16);
    private final StringBuilder word = new StringBuilder(16);
    /** The word with Latin look-alikes read as the Cyrillic letters they imitate. */
    private final StringBuilder twin = new StringBuilder(16);
    private int pos;

    private ScheduleLexer(String text) {
        this.text = text;
        this.length = text.length();
    }

    static List<Token> tokenize(String text) {
        ScheduleLexer lexer = new ScheduleLexer(text);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        while (pos < length) {
            char ch = text.charAt(pos);
            if (isDigit(ch)) {
                number();
            } else if (Character.isLetter(ch)) {
                word();
            } else {
                symbol(ch);
            }
        }
    }

    private void symbol(char ch) {
        Token.Type type = isDash(ch) ? Token.Type.DASH : switch (ch) {
            case ',' -> Token.Type.COMMA;
            case ';' -> Token.Type.SEMICOLON;
            case '.', '\u2026' -> Token.Type.DOT;
            case ':' -> Token.Type.COLON;
            case '/', '\\' -> Token.Type.SLASH;
            case '(', '[' -> Token.Type.OPEN;
            case ')', ']' -> Token.Type.CLOSE;
            default -> null;
        };
        if (type == null && (Character.isWhitespace(ch) || Character.isSpaceChar(ch))) {
            pos++;
            return;
        }
        add(type == null ? Token.Type.OTHER : type, pos, pos + 1, 0, 0, -1, 0, null);
        pos++;
    }

    private void word() {
        int start = pos;
        word.setLength(0);
        twin.setLength(0);
        boolean lookAlike = false;
        while (pos < length && Character.isLetter(text.charAt(pos))) {
            char ch = text.charAt(pos);
            char folded = fold(ch);
            char cyrillic = LookAlikes.cyrillicTwin(ch);
            word.append(folded);
            twin.append(cyrillic == 0 ? folded : cyrillic);
            lookAlike |= cyrillic != 0;
            pos++;
        }
        Lexicon.Word known = Lexicon.lookup(word.toString());
        if (known == null && lookAlike) {
            known = Lexicon.lookup(twin.toString()); // "15 aпреля" typed with a Latin "a"
        }
        add(Token.Type.WORD, start, pos, 0, 0, -1, 0, known);
    }

    /** Lower case, ё to е, and the Latin and Ukrainian look-alikes people type for Roman numerals or "с". */
    private static char fold(char ch) {
        char lower = Character.toLowerCase(ch);
        return switch (lower) {
            case 'ё' -> 'е';
            case '\u0456' -> 'i';
            default -> lower;
        };
    }

    private void number() {
        int start = pos;
        int first = digits();
        int firstDigits = pos - start;
        if (isoDate(start, first, firstDigits) || unusualDate(start, first, firstDigits)) {
            return;
        }
        if (firstDigits <= 2 && pos + 1 < length && isDateSeparator(text.charAt(pos)) && isDigit(text.charAt(pos + 1))) {
            char separator = text.charAt(pos);
            int secondStart = ++pos;
            int second = digits();
            int secondDigits = pos - secondStart;
            if (secondDigits <= 2 && pos + 1 < length && text.charAt(pos) == separator && isDigit(text.charAt(pos + 1))) {
                int yearStart = ++pos;
                int year = digits();
                add(Token.Type.DATE, start, pos, first, second, year, pos - yearStart, null);
                return;
            }
            int spacedYear = secondDigits <= 2 ? spacedYearAt(pos, separator) : -1;
            if (spacedYear >= 0) {
                // "01.09. 2023": a space slipped in before the year
                pos = spacedYear + 4;
                add(Token.Type.DATE, start, pos, first, second, Integer.parseInt(text, spacedYear, pos, 10), 4, null);
                return;
            }
            dayMonthOrTime(start, first, second, secondDigits, separator);
            return;
        }
        if (pos + 2 < length && text.charAt(pos) == ':' && isDigit(text.charAt(pos + 1)) && isDigit(text.charAt(pos + 2))
                && first <= 23) {
            pos++;
            int minute = digits();
            add(Token.Type.TIME, start, pos, first, minute, -1, 0, null);
            return;
        }
        if (ordinalSuffixFollows()) {
            add(Token.Type.ORDINAL_NUMBER, start, pos, first, firstDigits, -1, 0, null);
            return;
        }
        add(Token.Type.NUMBER, start, pos, first, firstDigits, -1, 0, null);
    }

    /** "2022-03-15": an ISO date, as spreadsheets write them; also "2022.03.15", year first with dots. */
    private boolean isoDate(int start, int year, int yearDigits) {
        if (yearDigits != 4 || pos + 5 >= length) {
            return false;
        }
        char separator = text.charAt(pos);
        if ((separator != '-' && separator != '.') || !twoDigitsAt(pos + 1) || text.charAt(pos + 3) != separator
                || !twoDigitsAt(pos + 4) || (pos + 6 < length && isDigit(text.charAt(pos + 6)))) {
            return false;
        }
        int month = (text.charAt(pos + 1) - '0') * 10 + text.charAt(pos + 2) - '0';
        int day = (text.charAt(pos + 4) - '0') * 10 + text.charAt(pos + 5) - '0';
        pos += 6;
        add(Token.Type.DATE, start, pos, day, month, year, 4, null);
        return true;
    }

    /** "01,04,2022" or "01-04-2022": a full date with separators a typist slipped on; read, but marked. */
    private boolean unusualDate(int start, int day, int dayDigits) {
        if (dayDigits > 2 || pos + 8 > length) {
            return false;
        }
        char separator = text.charAt(pos);
        if ((separator != ',' && separator != '-') || !twoDigitsAt(pos + 1) || text.charAt(pos + 3) != separator) {
            return false;
        }
        int yearStart = pos + 4;
        int yearEnd = yearStart;
        while (yearEnd < length && isDigit(text.charAt(yearEnd))) {
            yearEnd++;
        }
        if (yearEnd - yearStart != 4) {
            return false;
        }
        int month = (text.charAt(pos + 1) - '0') * 10 + text.charAt(pos + 2) - '0';
        int year = Integer.parseInt(text, yearStart, yearEnd, 10);
        pos = yearEnd;
        add(Token.Type.DATE, start, pos, day, month, year, 4, null);
        tokens.get(tokens.size() - 1).oddSeparators = true;
        return true;
    }

    /** Where the year of "01.09. 2023" starts: the separator, spaces, then four digits of a year; -1 when not so. */
    private int spacedYearAt(int index, char separator) {
        if (index >= length || text.charAt(index) != separator) {
            return -1;
        }
        int p = index + 1;
        while (p < length && text.charAt(p) == ' ') {
            p++;
        }
        boolean fourDigits = p > index + 1 && p + 3 < length && twoDigitsAt(p) && twoDigitsAt(p + 2)
                && (p + 4 >= length || !isDigit(text.charAt(p + 4)));
        boolean plausible = fourDigits && (text.startsWith("19", p) || text.startsWith("20", p) || text.startsWith("21", p));
        return plausible ? p : -1;
    }

    private boolean twoDigitsAt(int index) {
        return index + 1 < length && isDigit(text.charAt(index)) && isDigit(text.charAt(index + 1));
    }

    /** "10.00" and "в 14.30" are times; "01.04" is the first of April; "03.2022" is March 2022. */
    private void dayMonthOrTime(int start, int first, int second, int secondDigits, char separator) {
        if (secondDigits == 4 && first >= 1 && first <= 12 && second >= 1900 && second <= 2199) {
            add(Token.Type.MONTH_YEAR, start, pos, first, 0, second, 4, null);
            return;
        }
        boolean timeShaped = separator == '.' && secondDigits == 2 && first <= 23 && second <= 59;
        boolean dateShaped = first >= 1 && first <= 31 && second >= 1 && second <= 12;
        boolean timeContext = previousWordIsIn() || hourWordFollows();
        if (timeShaped && (!dateShaped || timeContext)) {
            add(Token.Type.TIME, start, pos, first, second, -1, 0, null);
        } else {
            add(Token.Type.DATE, start, pos, first, second, -1, 0, null);
        }
    }

    private boolean previousWordIsIn() {
        if (tokens.isEmpty()) {
            return false;
        }
        Token last = tokens.get(tokens.size() - 1);
        return last.is(WordClass.IN) && text.charAt(last.start) != 'н' && text.charAt(last.start) != 'Н';
    }

    private boolean hourWordFollows() {
        int p = pos;
        while (p < length && text.charAt(p) == ' ') {
            p++;
        }
        return p < length && (text.charAt(p) == 'ч' || text.charAt(p) == 'Ч');
    }

    /** "1-й", "2-е", "3-го": a number used as an ordinal. */
    private boolean ordinalSuffixFollows() {
        if (pos + 1 >= length || !isDash(text.charAt(pos)) || !Character.isLetter(text.charAt(pos + 1))) {
            return false;
        }
        int p = pos + 1;
        while (p < length && Character.isLetter(text.charAt(p))) {
            p++;
        }
        String suffix = text.substring(pos + 1, p).toLowerCase(java.util.Locale.ROOT);
        boolean ordinal = switch (suffix) {
            case "й", "я", "е", "ое", "ой", "ий", "ый", "го", "м", "ом", "ая", "ю", "ую", "ей" -> true;
            default -> false;
        };
        if (ordinal) {
            pos = p;
        }
        return ordinal;
    }

    private int digits() {
        int value = 0;
        while (pos < length && isDigit(text.charAt(pos))) {
            if (value < 100_000_000) {
                value = value * 10 + (text.charAt(pos) - '0');
            }
            pos++;
        }
        return value;
    }

    private void add(Token.Type type, int start, int end, int a, int b, int c, int yearDigits, Lexicon.Word word) {
        tokens.add(new Token(type, start, end, a, b, c, yearDigits, word));
    }

    private static boolean isDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    private static boolean isDateSeparator(char ch) {
        return ch == '.' || ch == '/';
    }

    /** Hyphens, dashes and the minus sign: autocorrect and copies from PDFs turn a typed "-" into any of them. */
    private static boolean isDash(char ch) {
        return switch (ch) {
            case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> true;
            default -> false;
        };
    }
}
