package ru.roadmapbot.roadmap;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Pairs the rows of a re-imported roadmap with the stored activities: first by number and title, then by title
 * alone (the row was renumbered), then by number alone (its wording was edited). Whatever stays unpaired is new,
 * or, on the stored side, withdrawn.
 */
final class ActivityMatcher {

    record Result(Map<AnalyzedActivity, Activity> matched, List<AnalyzedActivity> added, List<Activity> missing) {
    }

    private ActivityMatcher() {
    }

    static Result match(List<Activity> stored, List<AnalyzedActivity> incoming) {
        Map<AnalyzedActivity, Activity> matched = new IdentityHashMap<>();
        Set<Activity> free = new LinkedHashSet<>(stored);
        pass(free, incoming, matched, a -> key(a.getNumber(), a.getTitle()), r -> key(r.row().number(), r.row().title()));
        pass(free, incoming, matched, a -> title(a.getTitle()), r -> title(r.row().title()));
        pass(free, incoming, matched, a -> number(a.getNumber()), r -> number(r.row().number()));
        List<AnalyzedActivity> added = incoming.stream().filter(r -> !matched.containsKey(r)).toList();
        return new Result(matched, added, new ArrayList<>(free));
    }

    private static void pass(Set<Activity> free, List<AnalyzedActivity> incoming, Map<AnalyzedActivity, Activity> matched,
                             Function<Activity, String> storedKey, Function<AnalyzedActivity, String> incomingKey) {
        Map<String, Deque<Activity>> byKey = new HashMap<>();
        for (Activity activity : free) {
            String key = storedKey.apply(activity);
            if (key != null) {
                byKey.computeIfAbsent(key, k -> new ArrayDeque<>()).add(activity);
            }
        }
        for (AnalyzedActivity row : incoming) {
            if (matched.containsKey(row)) {
                continue;
            }
            String key = incomingKey.apply(row);
            Deque<Activity> candidates = key == null ? null : byKey.get(key);
            if (candidates != null && !candidates.isEmpty()) {
                Activity activity = candidates.poll();
                matched.put(row, activity);
                free.remove(activity);
            }
        }
    }

    private static String key(String number, String title) {
        String n = number(number);
        String t = title(title);
        return n == null || t == null ? null : n + '\u0000' + t;
    }

    /** "1.1." and "1.1" are the same number. */
    static String number(String number) {
        if (number == null) {
            return null;
        }
        String trimmed = number.strip();
        while (trimmed.endsWith(".")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** Titles compared without case, extra spaces or line breaks. */
    static String title(String title) {
        String text = title == null ? "" : ComparableText.of(title);
        return text.isEmpty() ? null : text;
    }
}
