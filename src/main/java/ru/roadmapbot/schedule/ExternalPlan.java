package ru.roadmapbot.schedule;

import java.util.List;

/**
 * The name of the plan or condition a cell points to ("по плану ГБУ ДПО РД «ДИРО»"): the clause around the
 * first marker word, up to the nearest period, comma or semicolon on either side.
 */
final class ExternalPlan {

    private ExternalPlan() {
    }

    static String name(String cell, List<Token> tokens, PhraseScanner scanner) {
        int marker = scanner.firstMarker();
        int first = marker;
        while (first > 0 && !boundary(cell, tokens, first - 1, scanner)) {
            first--;
        }
        int last = marker;
        while (last + 1 < tokens.size() && !boundary(cell, tokens, last + 1, scanner)) {
            last++;
        }
        while (last > marker && isPreposition(tokens.get(last))) {
            last--;
        }
        String name = cell.substring(tokens.get(first).start, tokens.get(last).end).strip();
        return name.isEmpty() ? cell.strip() : name;
    }

    /**
     * Whether a token belongs to a clause that names a plan or a condition ("по плану ГБУ ДПО РД «ДИРО»", "по мере
     * поступления средств"): such words are the plan's name, not dates the grammar missed.
     */
    static boolean inPlanClause(String cell, List<Token> tokens, int index, PhraseScanner scanner) {
        for (int i = index; i >= 0 && (i == index || !boundary(cell, tokens, i, scanner)); i--) {
            if (names(tokens.get(i))) {
                return true;
            }
        }
        for (int i = index + 1; i < tokens.size() && !boundary(cell, tokens, i, scanner); i++) {
            if (names(tokens.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean names(Token token) {
        return token.is(WordClass.MARKER) || token.is(WordClass.RELATIVE);
    }

    private static boolean isPreposition(Token token) {
        return token.is(WordClass.IN) || token.is(WordClass.FROM) || token.is(WordClass.THROUGH)
                || token.is(WordClass.UNTIL) || token.is(WordClass.BY) || token.is(WordClass.AND);
    }

    private static boolean boundary(String cell, List<Token> tokens, int index, PhraseScanner scanner) {
        Token token = tokens.get(index);
        if (scanner.partOfPeriod(index) || token.type == Token.Type.COMMA || token.type == Token.Type.SEMICOLON) {
            return true;
        }
        return token.type == Token.Type.DOT && index + 1 < tokens.size()
                && Character.isUpperCase(cell.charAt(tokens.get(index + 1).start));
    }
}
