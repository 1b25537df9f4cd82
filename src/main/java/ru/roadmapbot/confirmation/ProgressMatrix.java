package ru.roadmapbot.confirmation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.roadmapbot.people.ActivityAudience;
import ru.roadmapbot.people.Organization;
import ru.roadmapbot.people.Organizations;
import ru.roadmapbot.people.Participant;
import ru.roadmapbot.people.Participants;
import ru.roadmapbot.people.Role;
import ru.roadmapbot.people.Scope;
import ru.roadmapbot.roadmap.Activity;
import ru.roadmapbot.roadmap.Roadmap;
import ru.roadmapbot.roadmap.Roadmaps;
import ru.roadmapbot.schedule.Occurrence;
import ru.roadmapbot.schedule.Occurrences;
import ru.roadmapbot.territory.Territories;

/**
 * A roadmap's progress as schools × activities for the console and its reports. A cell is the state of the
 * activity's current occurrence at that school (the last one due by today in the period, else the next one), by the
 * same rule as the bot ({@link TaskLedger#standing}): done, approved, in progress, help needed, overdue, not yet due;
 * or not for this school at all. The schools are those of the scope the roadmap reaches.
 */
@Service
@Transactional(readOnly = true)
public class ProgressMatrix {

    /** What a cell shows. */
    public enum CellState {
        APPROVED, DONE, IN_PROGRESS, HELP, OVERDUE, NOT_YET_DUE, NO_DATE, NOT_FOR_SCHOOL;

        public String messageKey() {
            return "matrix.state." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** Whether the state counts as reported done, approved or not. */
        public boolean finished() {
            return this == APPROVED || this == DONE;
        }
    }

    /** An activity of the roadmap, a column. */
    public record Column(Long activityId, String number, String title, String section) {

        public String numberedTitle() {
            return number == null ? title : number + " " + title;
        }
    }

    /** A cell: its state, and the occurrence it is about (null when the activity has none in the period). */
    public record Cell(Long activityId, CellState state, LocalDate due) {
    }

    /** A school, a row: its cells in column order and their tally. */
    public record Row(Long schoolId, String school, String territory, List<String> directors, List<Cell> cells,
                      Map<CellState, Long> counts) {

        public long count(CellState state) {
            return counts.getOrDefault(state, 0L);
        }
    }

    /**
     * What to show: a section, a school, one state, or only what is overdue; any may be null or false.
     */
    public record Filter(String section, Long schoolId, CellState state, boolean overdueOnly) {

        public static final Filter NONE = new Filter(null, null, null, false);
    }

    /** The matrix of one roadmap over a period, as of a day. */
    public record Matrix(Roadmap roadmap, LocalDate from, LocalDate to, LocalDate today, List<String> sections,
                         List<Column> columns, List<Row> rows) {

        public long total(CellState state) {
            return rows.stream().mapToLong(row -> row.count(state)).sum();
        }
    }

    private final Roadmaps roadmaps;
    private final Organizations organizations;
    private final Participants participants;
    private final ActivityAudience audience;
    private final TaskStatuses statuses;
    private final Territories territories;

    ProgressMatrix(Roadmaps roadmaps, Organizations organizations, Participants participants, ActivityAudience audience,
                   TaskStatuses statuses, Territories territories) {
        this.roadmaps = roadmaps;
        this.organizations = organizations;
        this.participants = participants;
        this.audience = audience;
        this.statuses = statuses;
        this.territories = territories;
    }

    /** The schools of the scope the roadmap reaches: its own territory's, within the account's. */
    public List<Organization> schools(Roadmap roadmap, Scope scope) {
        return organizations.schoolsIn(scope).stream()
                .filter(school -> territories.covers(roadmap.getTerritoryId(), school.getTerritoryId())).toList();
    }

    public Matrix of(Roadmap roadmap, Scope scope, LocalDate from, LocalDate to, LocalDate today, Filter filter) {
        List<Activity> activities = roadmaps.currentActivitiesOf(roadmap.getId()).stream().filter(a -> !a.isEvent()).toList();
        List<Organization> schools = schools(roadmap, scope).stream()
                .filter(school -> activities.stream().anyMatch(a -> audience.concernsSchool(a, school))).toList();
        Map<Long, List<Participant>> directors = directorsBySchool(scope);
        Map<String, TaskState> reported = reported(activities);
        Map<Long, LocalDate> current = new HashMap<>();
        for (Activity activity : activities) {
            current.put(activity.getId(), currentOccurrence(activity, from, to, today));
        }
        List<Row> rows = new ArrayList<>();
        for (Organization school : schools) {
            if (filter.schoolId() != null && !filter.schoolId().equals(school.getId())) {
                continue;
            }
            List<Participant> heads = directors.getOrDefault(school.getId(), List.of());
            List<Cell> cells = new ArrayList<>(activities.size());
            Map<CellState, Long> counts = new EnumMap<>(CellState.class);
            for (Activity activity : activities) {
                Cell cell = cell(activity, school, heads, current.get(activity.getId()), reported, today);
                cells.add(cell);
                counts.merge(cell.state(), 1L, Long::sum);
            }
            rows.add(new Row(school.getId(), school.getName(), territories.shortNameOf(school.getTerritoryId()),
                    heads.stream().map(Participant::getDisplayName).sorted().toList(), cells, counts));
        }
        List<String> sections = activities.stream().map(Activity::getSection).filter(Objects::nonNull).distinct().toList();
        return filtered(new Matrix(roadmap, from, to, today, sections, activities.stream()
                .map(a -> new Column(a.getId(), a.getNumber(), a.getTitle(), a.getSection())).toList(), rows), filter);
    }

    /** The columns of a section, and the rows and columns with a cell in the chosen state (overdue, if only that). */
    private static Matrix filtered(Matrix matrix, Filter filter) {
        CellState wanted = filter.overdueOnly() ? CellState.OVERDUE : filter.state();
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < matrix.columns().size(); i++) {
            Column column = matrix.columns().get(i);
            int index = i;
            boolean inSection = filter.section() == null || filter.section().equals(column.section());
            boolean hasState = wanted == null || matrix.rows().stream().anyMatch(r -> r.cells().get(index).state() == wanted);
            if (inSection && hasState) {
                keep.add(i);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Row row : matrix.rows()) {
            List<Cell> cells = keep.stream().map(row.cells()::get).toList();
            if (wanted == null || cells.stream().anyMatch(c -> c.state() == wanted)) {
                Map<CellState, Long> counts = new EnumMap<>(CellState.class);
                cells.forEach(c -> counts.merge(c.state(), 1L, Long::sum));
                rows.add(new Row(row.schoolId(), row.school(), row.territory(), row.directors(), cells, counts));
            }
        }
        return new Matrix(matrix.roadmap(), matrix.from(), matrix.to(), matrix.today(), matrix.sections(),
                keep.stream().map(matrix.columns()::get).toList(), rows);
    }

    private Cell cell(Activity activity, Organization school, List<Participant> heads, LocalDate due,
                      Map<String, TaskState> reported, LocalDate today) {
        if (!audience.concernsSchool(activity, school)) {
            return new Cell(activity.getId(), CellState.NOT_FOR_SCHOOL, null);
        }
        if (due == null) {
            return new Cell(activity.getId(), CellState.NO_DATE, null);
        }
        TaskState state = null;
        for (Participant head : heads) {
            TaskState theirs = reported.get(key(activity.getId(), due, head.getId()));
            if (theirs != null && (state == null || rank(theirs) > rank(state))) {
                state = theirs;
            }
        }
        return new Cell(activity.getId(), stateOf(TaskLedger.standing(due, state, today), state), due);
    }

    /** Of a school's several directors, the report that went furthest counts. */
    private static int rank(TaskState state) {
        return switch (state) {
            case APPROVED -> 4;
            case DONE -> 3;
            case NEED_HELP -> 2;
            case IN_PROGRESS -> 1;
            case RETURNED -> 0;
        };
    }

    /** The cell state of an occurrence whose standing and last report these are. */
    public static CellState stateOf(TaskLedger.Standing standing, TaskState reported) {
        return switch (standing) {
            case DONE -> reported == TaskState.APPROVED ? CellState.APPROVED : CellState.DONE;
            case OVERDUE -> CellState.OVERDUE;
            case IN_PROGRESS -> reported == TaskState.NEED_HELP ? CellState.HELP : CellState.IN_PROGRESS;
            case UPCOMING -> CellState.NOT_YET_DUE;
        };
    }

    /** The last occurrence due by today within the period, else the first one after it; null if none is in it. */
    static LocalDate currentOccurrence(Activity activity, LocalDate from, LocalDate to, LocalDate today) {
        List<LocalDate> dues = Occurrences.expand(activity.schedule(), from, to).stream().map(Occurrence::due)
                .filter(due -> !due.isBefore(from) && !due.isAfter(to)).sorted().toList();
        LocalDate current = null;
        for (LocalDate due : dues) {
            if (!due.isAfter(today)) {
                current = due;
            }
        }
        return current != null ? current : dues.stream().findFirst().orElse(null);
    }

    private Map<Long, List<Participant>> directorsBySchool(Scope scope) {
        Map<Long, List<Participant>> bySchool = new HashMap<>();
        for (Participant participant : participants.within(scope)) {
            if (participant.getRole() == Role.DIRECTOR && participant.getOrganization() != null) {
                bySchool.computeIfAbsent(participant.getOrganization().getId(), k -> new ArrayList<>()).add(participant);
            }
        }
        bySchool.values().forEach(list -> list.sort(Comparator.comparing(Participant::getDisplayName)));
        return bySchool;
    }

    private Map<String, TaskState> reported(List<Activity> activities) {
        Map<String, TaskState> reported = new HashMap<>();
        for (TaskStatus status : statuses.listOfActivities(activities.stream().map(Activity::getId).toList())) {
            if (status.getState() != null) {
                reported.put(key(status.getActivityId(), status.getDueDate(), status.getParticipantId()), status.getState());
            }
        }
        return reported;
    }

    private static String key(Long activityId, LocalDate due, Long participantId) {
        return activityId + "|" + due + "|" + participantId;
    }
}
