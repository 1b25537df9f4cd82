package ru.roadmapbot.territory;

import java.util.List;
import java.util.Locale;

/**
 * A territory that cannot be settled from what was given; each adapter words the reason from
 * {@code territory.refused.<reason>} with the name ({0}) and the candidates ({1}).
 */
public class TerritoryRefusedException extends RuntimeException {

    /** Why no territory could be chosen. */
    public enum Reason {
        /** A typed name matches no territory, and it does not say whether it is a district or a region. */
        UNKNOWN,
        /** A name matches several territories ("Ленинский район" of two regions). */
        AMBIGUOUS,
        /** Nothing names a territory and the instance has several to choose from. */
        NEEDED,
        /** The territory is outside the person's own (a coordinator of one district importing another's roadmap). */
        OUTSIDE,
        /** A school or a municipal coordinator placed in a region rather than in one of its municipalities. */
        NOT_A_MUNICIPALITY;

        public String messageKey() {
            return "territory.refused." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;
    private final String name;
    private final List<String> candidates;

    public TerritoryRefusedException(Reason reason, String name, List<String> candidates) {
        super("territory refused: " + reason + " " + name + " " + candidates);
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

    /** The name ({0}) and the candidates joined by "; " ({1}), for the message. */
    public Object[] messageArguments() {
        return new Object[] {name, String.join("; ", candidates)};
    }

    public List<String> candidates() {
        return candidates;
    }
}
