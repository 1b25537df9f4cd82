package ru.roadmapbot.people;

/** A /start token that cannot register anyone; the reason's wording is under {@code registration.refused.<code>}. */
public class InvitationRefusedException extends RuntimeException {

    /** Why the token does not work. */
    public enum Reason {
        UNKNOWN, EXPIRED, USED, MALFORMED, REVOKED;

        public String messageKey() {
            return "registration.refused." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Reason reason;

    public InvitationRefusedException(Reason reason) {
        super("invitation refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
