package ru.roadmapbot.calendar;

import java.util.Objects;

/**
 * Whose feed a link opens: a participant's own activities, a school's (for coordinators), or a whole roadmap's.
 *
 * @param id the participant's, organization's or roadmap's id
 */
public record FeedOwner(Kind kind, Long id) {

    public enum Kind {
        PARTICIPANT, SCHOOL, ROADMAP
    }

    public FeedOwner {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static FeedOwner participant(Long id) {
        return new FeedOwner(Kind.PARTICIPANT, id);
    }

    public static FeedOwner school(Long organizationId) {
        return new FeedOwner(Kind.SCHOOL, organizationId);
    }

    public static FeedOwner roadmap(Long roadmapId) {
        return new FeedOwner(Kind.ROADMAP, roadmapId);
    }

    /** The value of the one-working-link-per-owner constraint. */
    String key() {
        return kind + ":" + id;
    }
}
