package ru.roadmapbot.roadmap;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import ru.roadmapbot.schedule.Recurrence;
import ru.roadmapbot.schedule.ReviewReason;
import ru.roadmapbot.schedule.Schedule;
import ru.roadmapbot.schedule.SchedulePart;

/**
 * An activity of a stored roadmap. Re-imports update it in place, so what hangs off it (confirmations,
 * reminders, calendar UIDs) survives; an activity that disappears from the document is withdrawn, not deleted.
 */
@Entity
@Table(name = "activity")
public class Activity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "roadmap_id")
    private Roadmap roadmap;

    /** Stable across re-imports: calendars recognise the event by it. */
    private String uid;

    @Column(name = "row_position")
    private int position;

    @Column(name = "activity_no")
    private String number;

    private String section;
    private String title;

    @Column(name = "schedule_text")
    private String scheduleText;

    @Column(name = "responsible_text")
    private String responsibleText;

    private String controller;

    @Column(name = "expected_result")
    private String expectedResult;

    @Column(name = "information_support")
    private String informationSupport;

    @Column(name = "context_year")
    private int contextYear;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "activity_part", joinColumns = @JoinColumn(name = "activity_id"))
    @OrderColumn(name = "idx")
    private List<ActivityPart> parts = new ArrayList<>();

    @Column(name = "recurrence_rule")
    private String recurrenceRule;

    private boolean unscheduled;

    @Column(name = "external_plan")
    private String externalPlan;

    @Convert(converter = DelimitedListConverter.class)
    @Column(name = "schedule_review")
    private List<String> scheduleReview = new ArrayList<>();

    @Convert(converter = DelimitedListConverter.class)
    @Column(name = "responsible_review")
    private List<String> responsibleReview = new ArrayList<>();

    @Convert(converter = DelimitedListConverter.class)
    @Column(name = "times_of_day")
    private List<String> timesOfDay = new ArrayList<>();

    @Column(name = "first_day")
    private LocalDate firstDay;

    @Column(name = "last_day")
    private LocalDate lastDay;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "activity_party", joinColumns = @JoinColumn(name = "activity_id"))
    @OrderColumn(name = "idx")
    private List<ActivityParty> parties = new ArrayList<>();

    private boolean withdrawn;

    /** Grows whenever what the document says about the activity changes (the calendar's SEQUENCE). */
    private int revision;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    /**
     * The schedule rebuilt from the columns above on first use: reminder planning asks for it many times per
     * activity, and rebuilding re-reads the RRULE and the times each time. Null after loading and after apply().
     */
    @Transient
    private Schedule schedule;

    protected Activity() {
    }

    Activity(Roadmap roadmap, Instant now) {
        this.roadmap = roadmap;
        this.uid = UUID.randomUUID() + "@roadmapbot";
        this.createdAt = now;
        this.updatedAt = now;
        this.revision = 0;
    }

    /**
     * Takes what the document now says; returns whether anything a participant would notice changed.
     */
    boolean apply(AnalyzedActivity analyzed, Instant now) {
        ActivityRow row = analyzed.row();
        Schedule schedule = analyzed.schedule();
        Snapshot before = snapshot();
        this.position = row.position();
        this.number = row.number();
        this.section = row.section();
        this.title = row.title();
        this.scheduleText = schedule.text();
        this.responsibleText = row.responsible();
        this.controller = row.controller();
        this.expectedResult = row.expectedResult();
        this.informationSupport = row.informationSupport();
        this.contextYear = analyzed.contextYear();
        this.schedule = null;
        this.parts.clear();
        schedule.parts().forEach(p -> this.parts.add(new ActivityPart(p)));
        this.recurrenceRule = schedule.recurrence() == null ? null : schedule.recurrence().toRrule();
        this.unscheduled = schedule.unscheduled();
        this.externalPlan = schedule.externalPlan();
        this.scheduleReview = new ArrayList<>(schedule.reviewReasons().stream().map(ReviewReason::code).toList());
        this.responsibleReview = new ArrayList<>(analyzed.responsibleReview());
        this.timesOfDay = new ArrayList<>(schedule.times().stream().map(LocalTime::toString).toList());
        this.firstDay = schedule.firstDay();
        this.lastDay = schedule.lastDay();
        this.parties.clear();
        analyzed.parties().forEach(p -> this.parties.add(new ActivityParty(p)));
        boolean wasWithdrawn = this.withdrawn;
        this.withdrawn = false;
        boolean changed = wasWithdrawn || !before.equals(snapshot());
        if (changed) {
            this.revision++;
            this.updatedAt = now;
        }
        return changed;
    }

    void withdraw(Instant now) {
        if (!withdrawn) {
            withdrawn = true;
            revision++;
            updatedAt = now;
        }
    }

    /** What participants see of an activity; a change of it raises the revision. */
    private record Snapshot(String number, String section, String title, String scheduleText, String responsibleText,
                            String controller, String expectedResult, String informationSupport, List<SchedulePart> parts,
                            String recurrenceRule, List<ResponsibleParty> parties) {
    }

    /**
     * Numbers and titles compare as {@link ActivityMatcher} does: "1." in a text and "1" in a spreadsheet, or a line
     * break where the other file has a space, are not changes anyone would notice.
     */
    private Snapshot snapshot() {
        return new Snapshot(ActivityMatcher.number(number), section, ActivityMatcher.title(title), scheduleText,
                responsibleText == null ? null : ActivityMatcher.title(responsibleText), controller, expectedResult,
                informationSupport, parts.stream().map(ActivityPart::toSchedulePart).toList(), recurrenceRule,
                parties.stream().map(ActivityParty::toResponsibleParty).toList());
    }

    private static Snapshot snapshotOf(AnalyzedActivity analyzed) {
        ActivityRow row = analyzed.row();
        Schedule schedule = analyzed.schedule();
        return new Snapshot(ActivityMatcher.number(row.number()), row.section(), ActivityMatcher.title(row.title()),
                schedule.text(), row.responsible() == null ? null : ActivityMatcher.title(row.responsible()),
                row.controller(), row.expectedResult(), row.informationSupport(), schedule.parts(),
                schedule.recurrence() == null ? null : schedule.recurrence().toRrule(), analyzed.parties());
    }

    /** Whether taking what the document now says would change anything a participant would notice (a preview asks). */
    boolean wouldChange(AnalyzedActivity analyzed) {
        return withdrawn || !snapshot().equals(snapshotOf(analyzed));
    }

    /** The schedule as stored, rebuilt for reminders and calendars. */
    public Schedule schedule() {
        if (schedule == null) {
            schedule = new Schedule(scheduleText, parts.stream().map(ActivityPart::toSchedulePart).toList(),
                    Recurrence.parse(recurrenceRule), unscheduled, externalPlan,
                    scheduleReview.stream().map(ReviewReason::ofCode).flatMap(Optional::stream).toList(),
                    timesOfDay.stream().map(LocalTime::parse).toList());
        }
        return schedule;
    }

    /** A refresh overwrites the columns without apply(), so the rebuilt schedule goes too. */
    @PostLoad
    private void forgetSchedule() {
        schedule = null;
    }

    public List<ResponsibleParty> responsibleParties() {
        return parties.stream().map(ActivityParty::toResponsibleParty).toList();
    }

    /** Webinars, seminars, meetings and the like: reminded as events, with no "done" to report. */
    public boolean isEvent() {
        return ActivityNature.isEvent(title);
    }

    public boolean needsReview() {
        return !scheduleReview.isEmpty() || !responsibleReview.isEmpty();
    }

    /** Message keys of every reason to review the activity, schedule reasons first, as {@link AnalyzedActivity} orders them. */
    public List<String> reviewMessageKeys() {
        List<String> keys = new ArrayList<>();
        schedule().reviewReasons().forEach(reason -> keys.add(reason.messageKey()));
        responsibleReview.forEach(code -> keys.add(AnalyzedActivity.responsibleMessageKey(code)));
        return keys;
    }

    public Long getId() {
        return id;
    }

    public Roadmap getRoadmap() {
        return roadmap;
    }

    public String getUid() {
        return uid;
    }

    public int getPosition() {
        return position;
    }

    public String getNumber() {
        return number;
    }

    public String getSection() {
        return section;
    }

    /** "4.3. Провести педсовет": the title as the roadmap numbers it. */
    public String numberedTitle() {
        return number == null ? title : number + " " + title;
    }

    public String getTitle() {
        return title;
    }

    public String getScheduleText() {
        return scheduleText;
    }

    public String getResponsibleText() {
        return responsibleText;
    }

    public String getController() {
        return controller;
    }

    public String getExpectedResult() {
        return expectedResult;
    }

    public String getInformationSupport() {
        return informationSupport;
    }

    public int getContextYear() {
        return contextYear;
    }

    public List<String> getScheduleReview() {
        return List.copyOf(scheduleReview);
    }

    public List<String> getResponsibleReview() {
        return List.copyOf(responsibleReview);
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public boolean isWithdrawn() {
        return withdrawn;
    }

    public int getRevision() {
        return revision;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Activity that && id != null && Objects.equals(id, that.id));
    }

    @Override
    public int hashCode() {
        return Activity.class.hashCode();
    }
}
