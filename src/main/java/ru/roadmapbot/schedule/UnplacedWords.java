package ru.roadmapbot.schedule;

import java.util.ArrayList;
import java.util.List;

/**
 * The words and numbers of a cell that no phrase of the grammar took, as written. A cell read with words left over
 * may mean something the grammar does not know yet ("ежечетвертно" before it knew it), so it goes to a person
 * instead of being read silently. Known filler ("включительно", "г.") is taken by the grammar, and so are the names
 * of plans ("по плану ГБУ ДПО РД «ДИРО»") and what is in quotes ("проекта «500+»").
 */
final class UnplacedWords {

    private UnplacedWords() {
    }

    static List<String> of(String cell, List<Token> tokens, PhraseScanner scanner) {
        List<String> words = new ArrayList<>(0);
        for (int index : scanner.unplaced()) {
            Token token = tokens.get(index);
            if (!ExternalPlan.inPlanClause(cell, tokens, index, scanner) && !quoted(cell, token.start)) {
                words.add(cell.substring(token.start, token.end));
            }
        }
        return words;
    }

    /** Whether the text at this position stands inside «…» or "…". */
    private static boolean quoted(String cell, int position) {
        int guillemets = 0;
        int straight = 0;
        for (int i = 0; i < position; i++) {
            char ch = cell.charAt(i);
            if (ch == '«') {
                guillemets++;
            } else if (ch == '»') {
                guillemets--;
            } else if (ch == '"' || ch == '“' || ch == '”') {
                straight++;
            }
        }
        return guillemets > 0 || straight % 2 == 1;
    }
}
