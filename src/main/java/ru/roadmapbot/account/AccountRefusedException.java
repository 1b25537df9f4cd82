package ru.roadmapbot.account;

import java.util.Locale;

/** An account that cannot be made or changed as asked; each adapter words the reason from {@code account.refused.<reason>}. */
public class AccountRefusedException extends RuntimeException {

    /** What is wrong. */
    public enum Reason {
        /** A login of letters, digits, dots, dashes and underscores, 3 to 60 of them. */
        LOGIN_INVALID,
        LOGIN_TAKEN,
        UNKNOWN_LOGIN,
        /** At least {@value Accounts#MIN_PASSWORD} characters. */
        PASSWORD_WEAK,
        /** A municipal account needs a municipality; a regional account a region (or none: the whole instance). */
        WRONG_TERRITORY;

        public String messageKey() {
            return "account.refused." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;
    private final String subject;

    public AccountRefusedException(Reason reason, String subject) {
        super("account refused: " + reason + " " + subject);
        this.reason = reason;
        this.subject = subject == null ? "" : subject;
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return reason.messageKey();
    }

    public Object[] messageArguments() {
        return new Object[] {subject, Accounts.MIN_PASSWORD};
    }
}
