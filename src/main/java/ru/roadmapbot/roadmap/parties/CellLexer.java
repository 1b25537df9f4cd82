package ru.roadmapbot.roadmap.parties;

import java.util.ArrayList;
import java.util.List;

import ru.roadmapbot.roadmap.parties.Token.Kind;

/**
 * Splits a responsible cell into tokens in one pass over its characters, with no regular expressions, so a cell
 * costs microseconds. HTML tags left by converters ("&lt;p&gt;РИАЦОКО&lt;/p&gt;") and non-breaking spaces are skipped.
 */
final class CellLexer {

    private final String cell;
    private final int length;
    private final List<Token> tokens = new ArrayList<>(16);
    private int pos;

    private CellLexer(String cell) {
        this.cell = cell;
        this.length = cell.length();
    }

    static List<Token> tokenize(String cell) {
        CellLexer lexer = new CellLexer(cell);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        while (pos < length) {
            char ch = cell.charAt(pos);
            if (Character.isLetter(ch)) {
                if (initialAhead()) {
                    add(Kind.INITIAL, pos, pos + 2);
                } else {
                    word();
                }
            } else if (ch >= '0' && ch <= '9') {
                number();
            } else if (ch == '№') {
                int start = pos;
                while (pos < length && (cell.charAt(pos) == '№' || cell.charAt(pos) == ' ' && nextIsNumero())) {
                    pos++;
                }
                tokens.add(Token.of(Kind.NUMERO, cell, start, pos));
            } else if (isOpeningQuote(ch)) {
                quoted(ch);
            } else if (ch == '<' && tagAhead()) {
                pos = cell.indexOf('>', pos) + 1;
            } else {
                symbol(ch);
            }
        }
    }

    /** "Л." of "Миннуллина Л.М." or "Ю.Н.Соколова": a lone capital followed by a dot. */
    private boolean initialAhead() {
        char ch = cell.charAt(pos);
        return Character.isUpperCase(ch) && pos + 1 < length && cell.charAt(pos + 1) == '.'
                && (pos == 0 || !Character.isLetter(cell.charAt(pos - 1)));
    }

    private void word() {
        int start = pos;
        while (pos < length) {
            char ch = cell.charAt(pos);
            if (Character.isLetter(ch)) {
                pos++;
            } else if (isHyphen(ch) && pos + 1 < length && Character.isLetter(cell.charAt(pos + 1))
                    && pos > start) {
                pos++;
            } else {
                break;
            }
        }
        tokens.add(Token.of(Kind.WORD, cell, start, pos));
    }

    private void number() {
        int start = pos;
        while (pos < length && cell.charAt(pos) >= '0' && cell.charAt(pos) <= '9') {
            pos++;
        }
        // "№ 14а" names a school; "500+" names the project.
        if (pos < length && Character.isLowerCase(cell.charAt(pos))
                && (pos + 1 == length || !Character.isLetter(cell.charAt(pos + 1)))) {
            pos++;
        } else if (pos < length && cell.charAt(pos) == '+') {
            pos++;
        }
        tokens.add(Token.of(Kind.NUMBER, cell, start, pos));
    }

    /** Quotes nest in names ("«Школа «Успех»»"); a quote left open ends at the end of its line. */
    private void quoted(char opening) {
        int start = pos++;
        int depth = 1;
        while (pos < length && depth > 0) {
            char ch = cell.charAt(pos);
            if (ch == '\n' || ch == '\r') {
                break;
            }
            if (opening == '«' && ch == '«') {
                depth++;
            } else if (closes(opening, ch)) {
                depth--;
            }
            pos++;
        }
        tokens.add(Token.of(Kind.QUOTED, cell, start, pos));
    }

    private void symbol(char ch) {
        Kind kind = switch (ch) {
            case '\n', '\r', '\u2028', '\u2029', '\u000B' -> Kind.NEWLINE;
            case ',' -> Kind.COMMA;
            case ';' -> Kind.SEMICOLON;
            case '.', '\u2026' -> Kind.PERIOD;
            case ':' -> Kind.COLON;
            case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> Kind.DASH;
            default -> Character.isWhitespace(ch) || Character.isSpaceChar(ch) ? null : Kind.OTHER;
        };
        if (kind != null && !(kind == Kind.NEWLINE && lastIs(Kind.NEWLINE))) {
            tokens.add(Token.of(kind, cell, pos, pos + 1));
        }
        pos++;
    }

    private boolean nextIsNumero() {
        int p = pos;
        while (p < length && cell.charAt(p) == ' ') {
            p++;
        }
        return p < length && cell.charAt(p) == '№';
    }

    private boolean tagAhead() {
        if (pos + 1 >= length) {
            return false;
        }
        char next = cell.charAt(pos + 1);
        int close = cell.indexOf('>', pos);
        int newline = cell.indexOf('\n', pos);
        return (next == '/' || next >= 'a' && next <= 'z') && close > 0 && (newline < 0 || close < newline);
    }

    private boolean lastIs(Kind kind) {
        return !tokens.isEmpty() && tokens.get(tokens.size() - 1).kind() == kind;
    }

    private void add(Kind kind, int start, int end) {
        tokens.add(Token.of(kind, cell, start, end));
        pos = end;
    }

    private static boolean isOpeningQuote(char ch) {
        return ch == '«' || ch == '„' || ch == '“' || ch == '"';
    }

    private static boolean closes(char opening, char ch) {
        return switch (opening) {
            case '«' -> ch == '»';
            case '„' -> ch == '“' || ch == '”';
            case '“' -> ch == '”';
            default -> ch == '"';
        };
    }

    private static boolean isHyphen(char ch) {
        return ch == '-' || ch == '\u2010' || ch == '\u2011';
    }
}
