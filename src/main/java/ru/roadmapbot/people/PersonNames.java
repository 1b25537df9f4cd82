package ru.roadmapbot.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Compares people's names as roadmaps write them: "Миннуллина Л.М.", "Л.М. Миннуллина" and the participant
 * "Миннуллина Лариса Михайловна" are one person (surname plus initials).
 */
final class PersonNames {

    private PersonNames() {
    }

    static String key(String name) {
        if (name == null) {
            return null;
        }
        String surname = null;
        StringBuilder initials = new StringBuilder();
        List<String> words = new ArrayList<>();
        for (String piece : name.toLowerCase(Locale.ROOT).replace('ё', 'е').split("[\\s.,]+")) {
            if (!piece.isEmpty()) {
                words.add(piece);
            }
        }
        for (String word : words) {
            if (word.length() <= 2) {
                initials.append(word.charAt(0));
            } else if (surname == null) {
                surname = word;
            } else {
                initials.append(word.charAt(0));
            }
        }
        return surname == null ? null : surname + ":" + initials;
    }

    static boolean same(String a, String b) {
        String keyA = key(a);
        String keyB = key(b);
        if (keyA == null || keyB == null) {
            return false;
        }
        String[] partsA = keyA.split(":", -1);
        String[] partsB = keyB.split(":", -1);
        if (!partsA[0].equals(partsB[0])) {
            return false;
        }
        return partsA[1].isEmpty() || partsB[1].isEmpty() || partsA[1].startsWith(partsB[1]) || partsB[1].startsWith(partsA[1]);
    }
}
