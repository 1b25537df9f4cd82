package ru.roadmapbot.people;

import java.util.List;
import java.util.Locale;

/**
 * An invitation that cannot be issued as asked. One rule for the command line, the bot and the console; each words
 * the reason from {@code invite.invalid.<reason>} with the name ({0}) and the candidates ({1}).
 */
public class InvitationInvalidException extends RuntimeException {

    /** What is wrong with the request. */
    public enum Reason {
        /** No name to greet the person by. */
        NAME_MISSING,
        /** A director without the school they head. */
        SCHOOL_MISSING,
        /** The organization's name fits several, in different territories. */
        ORGANIZATION_AMBIGUOUS;

        public String messageKey() {
            return "invite.invalid." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;
    private final String name;
    private final List<String> candidates;

    public InvitationInvalidException(Reason reason, String name, List<String> candidates) {
        super("invitation invalid: " + reason + " " + name);
        this.reason = reason;
        this.name = name == null ? "" : name;
        this.candidates = List.copyOf(candidates);
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return reason.messageKey();
    }

    public Object[] messageArguments() {
        return new Object[] {name, String.join("; ", candidates)};
    }
}
