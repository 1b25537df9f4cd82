package ru.roadmapbot.people;

import java.util.List;

/**
 * Who reviews a person's reports, and in which role: for a director the school's curators, or the coordinators
 * over the school when it has none. Curators' and coordinators' own tasks are nobody's to review
 * ({@link #notReviewed()}); a director's with nobody to send them to is {@link #nobody()}.
 *
 * @param role the reviewers' role, or null when there are none
 */
public record Reviewers(Role role, List<Participant> people, boolean reviewed) {

    public Reviewers {
        people = List.copyOf(people);
    }

    static Reviewers notReviewed() {
        return new Reviewers(null, List.of(), false);
    }

    /** A director's report that has nobody to go to: kept, and the director is told so. */
    public boolean nobody() {
        return reviewed && people.isEmpty();
    }

    /** "Петров П.П., Сидорова С.С.": who got it, for the person who sent it. */
    public String names() {
        return String.join(", ", people.stream().map(Participant::getDisplayName).toList());
    }
}
