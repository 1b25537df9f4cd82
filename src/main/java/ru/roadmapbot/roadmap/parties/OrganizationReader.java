package ru.roadmapbot.roadmap.parties;

import java.util.ArrayList;
import java.util.List;

import ru.roadmapbot.roadmap.PartyRole;
import ru.roadmapbot.roadmap.parties.Token.Kind;

/**
 * Reads an office or schools at a token: a phrase ("Управление образования"), an abbreviation ("УО", "РИАЦОКО"),
 * a legal form with its name ("МКУ «УО»", "ГБУ ДПО РД «ДИРО»", "МКУ ИМОЦ"), a kind of school alone or with a name
 * or numbers ("ОО", "МБОУ Галицкая СОШ", "МОУ №№ 2, 7"), or a numbered school in words ("Средняя школа № 2").
 */
final class OrganizationReader {

    /** Longest run of capitalized words before a school type: "Верхне Тоемская СОШ". */
    private static final int NAME_WORDS = 3;
    /** Ranges wider than this after "№" are not lists of schools ("№ 1-500" is something else). */
    private static final int LONGEST_RANGE = 30;

    private final List<Token> tokens;

    OrganizationReader(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** The organization starting at {@code i}, or null when the words there name none the grammar knows. */
    Organization read(int i) {
        Token token = tokens.get(i);
        BodyPhrases.Match phrase = BodyPhrases.at(tokens, i);
        if (phrase != null) {
            return Organization.office(phrase.role(), phrase.name(), phrase.end());
        }
        if (token.abbreviation()) {
            return abbreviated(i);
        }
        if (token.is(Kind.QUOTED)) {
            PartyRole role = QuotedNames.role(token.inner(), null);
            return role == null ? null : organization(role, i, i + 1);
        }
        if (token.isWord()) {
            return namedSchool(i);
        }
        return null;
    }

    private Organization abbreviated(int i) {
        Lexicon.Body body = Lexicon.body(tokens.get(i));
        if (body != null && body.school()) {
            return schoolChain(i);
        }
        if (Lexicon.legalForm(tokens.get(i))) {
            return legalChain(i);
        }
        return body == null ? null : Organization.office(body.role(), tokens.get(i).text(), i + 1);
    }

    /** "МОУ", "МБОУ СОШ № 5", "МБОУ «Шапшинская ООШ»", "МБОУ Галицкая СОШ", "МОУ №№ 2, 7, 14". */
    private Organization schoolChain(int i) {
        int k = i + 1;
        while (k < tokens.size() && Lexicon.schoolType(tokens.get(k))) {
            k++;
        }
        if (k < tokens.size()) {
            Token next = tokens.get(k);
            if (next.is(Kind.NUMERO)) {
                return numbered(Names.written(tokens, i, k), k);
            }
            if (next.is(Kind.QUOTED) && !next.inner().isEmpty() && !Character.isDigit(next.inner().charAt(0))) {
                return Organization.schools(List.of(Names.written(tokens, i, k + 1)), k + 1);
            }
            int nameEnd = schoolNameEnd(k);
            if (nameEnd > 0) {
                return Organization.schools(List.of(Names.written(tokens, i, nameEnd)), nameEnd);
            }
        }
        return Organization.schools(List.of(), k);
    }

    /** "МКУ ИМОЦ", "МКУ «УО»", "АОУ ВО ДПО «ВИРО»" (region codes such as "ВО", "РД" ride along). */
    private Organization legalChain(int i) {
        int k = i + 1;
        while (k < tokens.size()) {
            Token token = tokens.get(k);
            if (token.is(Kind.QUOTED)) {
                PartyRole role = QuotedNames.role(token.inner(), Names.written(tokens, i, k));
                return role == null ? null : organization(role, i, k + 1);
            }
            Lexicon.Body body = Lexicon.body(token);
            if (body != null && !body.school()) {
                return organization(body.role(), i, k + 1);
            }
            if (!token.abbreviation() || body != null) {
                break;
            }
            boolean more = k + 1 < tokens.size()
                    && (tokens.get(k + 1).is(Kind.QUOTED) || tokens.get(k + 1).abbreviation());
            if (!Lexicon.legalForm(token) && !more) {
                // "МКУ ЦРО": an office the lexicon does not know, placed by its legal form.
                PartyRole role = QuotedNames.legalFormRole(Names.written(tokens, i, k));
                return role == null ? null : organization(role, i, k + 1);
            }
            k++;
        }
        PartyRole role = QuotedNames.legalFormRole(Names.written(tokens, i, k));
        return role == null ? null : organization(role, i, k);
    }

    /** "Галицкая СОШ", "Средняя школа № 2", "Средней школы № 21", "Гимназия № 1". */
    private Organization namedSchool(int i) {
        Token first = tokens.get(i);
        int k = i;
        while (k < tokens.size() && k - i < 2 && schoolAdjective(tokens.get(k))) {
            k++;
        }
        if (k < tokens.size() && Lexicon.schoolNoun(tokens.get(k)) && k + 1 < tokens.size()
                && tokens.get(k + 1).is(Kind.NUMERO)) {
            return numbered(Names.schoolKind(tokens, i, k + 1), k + 1);
        }
        if (first.titleCase() && !Lexicon.known(first)) {
            int nameEnd = schoolNameEnd(i);
            if (nameEnd > 0) {
                return Organization.schools(List.of(Names.written(tokens, i, nameEnd)), nameEnd);
            }
        }
        return null;
    }

    /** "Средняя", "Основной", "вечерней": a word that can describe a school before "школа". */
    private static boolean schoolAdjective(Token token) {
        if (!token.isWord() || token.abbreviation() || Lexicon.known(token)) {
            return false;
        }
        String key = token.key();
        return key.endsWith("ая") || key.endsWith("яя") || key.endsWith("ой") || key.endsWith("ей")
                || key.endsWith("ий") || key.endsWith("ый");
    }

    /** The end of "Галицкая СОШ" starting at {@code k}, or -1 when no school type follows the capitalized words. */
    private int schoolNameEnd(int k) {
        int m = k;
        while (m < tokens.size() && m - k < NAME_WORDS && tokens.get(m).titleCase() && !Lexicon.known(tokens.get(m))
                && !(m + 1 < tokens.size() && tokens.get(m + 1).is(Kind.INITIAL))) {
            m++;
        }
        return m > k && m < tokens.size() && Lexicon.schoolType(tokens.get(m)) ? m + 1 : -1;
    }

    /** "№№ 2, 7, 14", "№ 2 и № 7", "№ 1-3" after a kind of school, each as "МОУ № 2". */
    private Organization numbered(String kind, int numero) {
        List<String> names = new ArrayList<>();
        int k = numero + 1;
        int end = numero + 1;
        while (k < tokens.size() && tokens.get(k).is(Kind.NUMBER)) {
            String number = tokens.get(k).text();
            names.add(Names.numbered(kind, number));
            end = ++k;
            if (k + 1 < tokens.size() && tokens.get(k).is(Kind.DASH) && tokens.get(k + 1).is(Kind.NUMBER)) {
                k = range(kind, number, tokens.get(k + 1).text(), names) ? k + 1 : tokens.size();
                continue;
            }
            if (k < tokens.size() && (tokens.get(k).is(Kind.COMMA) || Lexicon.conjunction(tokens.get(k)))) {
                k++;
            }
            if (k < tokens.size() && tokens.get(k).is(Kind.NUMERO)) {
                k++;
            }
        }
        return Organization.schools(names, end);
    }

    /** Adds the schools strictly after {@code from} up to {@code to}; the caller then reads {@code to} itself. */
    private static boolean range(String kind, String from, String to, List<String> names) {
        if (!isPlainNumber(from) || !isPlainNumber(to)) {
            return false;
        }
        int first = Integer.parseInt(from);
        int last = Integer.parseInt(to);
        if (last <= first || last - first > LONGEST_RANGE) {
            return false;
        }
        for (int n = first + 1; n < last; n++) {
            names.add(Names.numbered(kind, Integer.toString(n)));
        }
        return true;
    }

    private static boolean isPlainNumber(String text) {
        if (text.isEmpty() || text.length() > 6) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private Organization organization(PartyRole role, int from, int to) {
        String name = Names.written(tokens, from, to);
        return role == PartyRole.DIRECTOR ? Organization.schools(List.of(name), to)
                : Organization.office(role, name, to);
    }
}
