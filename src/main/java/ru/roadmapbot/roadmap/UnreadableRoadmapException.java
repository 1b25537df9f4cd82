package ru.roadmapbot.roadmap;

import java.util.List;

/**
 * A file that cannot be read as a roadmap, with the reason as a code whose wording lives in messages under
 * {@code roadmap.unreadable.<code>} (arguments: the file name first, then {@link #arguments()}).
 */
public class UnreadableRoadmapException extends RuntimeException {

    /** What is wrong with the file. */
    public enum Problem {
        UNSUPPORTED_FORMAT("unsupported-format"),
        EMPTY_FILE("empty-file"),
        TOO_LARGE("too-large"),
        CORRUPT("corrupt"),
        ENCRYPTED("encrypted"),
        NOT_A_DOCUMENT("not-a-document"),
        LOST_ENCODING("lost-encoding"),
        NO_TABLE("no-table"),
        NO_SCHEDULE_COLUMN("no-schedule-column"),
        NO_TITLE_COLUMN("no-title-column"),
        NO_ACTIVITIES("no-activities"),
        UNREADABLE_FILE("unreadable-file"),
        TOO_MANY_ROWS("too-many-rows"),
        TOO_MANY_COLUMNS("too-many-columns"),
        CELL_TOO_LONG("cell-too-long"),
        TOO_MUCH_TEXT("too-much-text"),
        UNPACKS_TOO_LARGE("unpacks-too-large"),
        BUSY("busy");

        private final String code;

        Problem(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final String fileName;
    private final Problem problem;
    private final List<Object> arguments;

    public UnreadableRoadmapException(String fileName, Problem problem, Object... arguments) {
        this(fileName, problem, null, arguments);
    }

    public UnreadableRoadmapException(String fileName, Problem problem, Throwable cause, Object... arguments) {
        super(fileName + ": " + problem.code(), cause);
        this.fileName = fileName;
        this.problem = problem;
        this.arguments = List.of(arguments);
    }

    public String fileName() {
        return fileName;
    }

    public Problem problem() {
        return problem;
    }

    /** Details for the message after the file name (a size limit, a sheet name). */
    public List<Object> arguments() {
        return arguments;
    }

    public String messageKey() {
        return "roadmap.unreadable." + problem.code();
    }

    /** Arguments for the message: the file name, then the details. */
    public Object[] messageArguments() {
        Object[] all = new Object[arguments.size() + 1];
        all[0] = fileName;
        for (int i = 0; i < arguments.size(); i++) {
            all[i + 1] = arguments.get(i);
        }
        return all;
    }
}
