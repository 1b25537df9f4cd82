package ru.roadmapbot.roadmap.parties;

import java.util.List;

import ru.roadmapbot.roadmap.parties.Token.Kind;

/**
 * Finds people by the shape of Russian names: a surname with initials on either side ("Миннуллина Л.М.",
 * "Ю.Н. Соколова", "Ю.Н.Соколова") or a full name with a patronymic ("Соколова Юлия Николаевна"). A surname is a
 * capitalized word the lexicon does not know, so "Руководители" is never taken for one.
 */
final class PersonReader {

    /** A person read from token {@code start} to {@code end} (exclusive). */
    record Person(String name, int start, int end) {
    }

    private static final String[] PATRONYMIC_ENDINGS = {"вич", "вна", "чна", "ична", "ьич", "тич"};

    private final List<Token> tokens;

    PersonReader(List<Token> tokens) {
        this.tokens = tokens;
    }

    Person read(int i) {
        int initials = initials(i);
        if (initials > 0 && surname(i + initials)) {
            return person(i, i + initials + 1);
        }
        if (surname(i)) {
            int after = initials(i + 1);
            if (after > 0) {
                return person(i, i + 1 + after);
            }
            if (surname(i + 1) && patronymic(i + 2)) {
                return person(i, i + 3);
            }
        }
        return null;
    }

    boolean startsAt(int i) {
        return read(i) != null;
    }

    private int initials(int i) {
        int k = i;
        while (k < tokens.size() && k - i < 3 && tokens.get(k).is(Kind.INITIAL)) {
            k++;
        }
        return k - i;
    }

    private boolean surname(int i) {
        return i < tokens.size() && tokens.get(i).titleCase() && tokens.get(i).text().length() > 1
                && !Lexicon.known(tokens.get(i));
    }

    private boolean patronymic(int i) {
        if (i >= tokens.size() || !tokens.get(i).titleCase()) {
            return false;
        }
        String key = tokens.get(i).key();
        for (String ending : PATRONYMIC_ENDINGS) {
            if (key.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    private Person person(int from, int to) {
        return new Person(Names.person(tokens, from, to), from, to);
    }
}
