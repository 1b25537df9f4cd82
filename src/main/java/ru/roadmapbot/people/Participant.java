package ru.roadmapbot.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import ru.roadmapbot.messenger.Channel;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A person of the project: a director, a curator, a coordinator. Settings left empty fall back to the
 * organization's and then to the application's defaults ({@link PeopleProperties}).
 */
@Entity
@Table(name = "participant")
public class Participant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "display_name")
    private String displayName;

    @Enumerated(EnumType.STRING)
    private Role role;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "curator_school", joinColumns = @JoinColumn(name = "curator_id"),
            inverseJoinColumns = @JoinColumn(name = "organization_id"))
    private Set<Organization> curatedSchools = new LinkedHashSet<>();

    @Column(name = "time_zone")
    private String timeZone;

    private String language;

    @Column(name = "quiet_start")
    private LocalTime quietStart;

    @Column(name = "quiet_end")
    private LocalTime quietEnd;

    @Column(name = "lead_days")
    private String leadDays;

    @Column(name = "weekly_digest")
    private boolean weeklyDigest;

    /** The channel reminders go to when the person is reachable on several; null for the first they registered on. */
    @Column(name = "preferred_channel")
    private String preferredChannel;

    @Enumerated(EnumType.STRING)
    private ParticipantStatus status;

    @Column(name = "registered_at")
    private Instant registeredAt;

    @Column(name = "created_at")
    private Instant createdAt;

    /** Where the person works: a municipality (directors, curators, municipal coordinators) or a region. */
    @Column(name = "territory_id")
    private Long territoryId;

    protected Participant() {
    }

    Participant(String displayName, Role role, Organization organization, Instant now) {
        this.displayName = displayName.strip();
        this.role = role;
        this.organization = organization;
        this.language = "ru";
        this.status = ParticipantStatus.ACTIVE;
        this.createdAt = now;
    }

    /** Registered through an invitation: reachable (its contact is kept beside, in {@link Contact}). */
    void register(Instant now) {
        this.registeredAt = now;
        this.status = ParticipantStatus.ACTIVE;
    }

    void preferChannel(Channel channel) {
        this.preferredChannel = channel == null ? null : channel.key();
    }

    /**
     * A registered person who accepts another invitation takes its name, role, organization and territory, and
     * accompanies only the schools it names.
     */
    Participant reassign(String displayName, Role role, Organization organization) {
        this.displayName = displayName;
        this.role = role;
        this.organization = organization;
        this.curatedSchools.clear();
        return this;
    }

    void placeIn(Long territoryId) {
        this.territoryId = territoryId;
    }

    void curate(Organization school) {
        curatedSchools.add(school);
    }

    void curateOnly(List<Organization> schools) {
        curatedSchools.clear();
        curatedSchools.addAll(schools);
    }

    void setStatus(ParticipantStatus status) {
        this.status = status;
    }

    void setTimeZone(ZoneId zone) {
        this.timeZone = zone == null ? null : zone.getId();
    }

    void setLanguage(String language) {
        this.language = language;
    }

    void setQuietHours(LocalTime start, LocalTime end) {
        this.quietStart = start;
        this.quietEnd = end;
    }

    void setLeadDays(List<Integer> days) {
        this.leadDays = days == null ? null : String.join(",", days.stream().map(String::valueOf).toList());
    }

    void setWeeklyDigest(boolean weeklyDigest) {
        this.weeklyDigest = weeklyDigest;
    }

    /** The participant's zone, else the organization's, else the given default. */
    public ZoneId zone(ZoneId fallback) {
        if (timeZone != null) {
            return ZoneId.of(timeZone);
        }
        if (organization != null && organization.zone() != null) {
            return organization.zone();
        }
        return fallback;
    }

    /** Days before a deadline to remind, else null for the defaults. */
    public List<Integer> leadDaysOrNull() {
        if (leadDays == null || leadDays.isBlank()) {
            return null;
        }
        List<Integer> days = new ArrayList<>();
        Arrays.stream(leadDays.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Integer::valueOf).forEach(days::add);
        return days;
    }

    /** Whether this person is a curator who accompanies the school. */
    public boolean accompanies(Organization school) {
        return role == Role.CURATOR && school != null && curatedSchools.contains(school);
    }

    /** Active and registered on some channel (a blocked channel alone leaves the person BLOCKED). */
    public boolean canBeMessaged() {
        return status == ParticipantStatus.ACTIVE && registeredAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public Organization getOrganization() {
        return organization;
    }

    /** The person's territory, else their organization's; null on an instance that names no territories. */
    public Long territoryId() {
        if (territoryId != null) {
            return territoryId;
        }
        return organization == null ? null : organization.getTerritoryId();
    }

    public Set<Organization> getCuratedSchools() {
        return Set.copyOf(curatedSchools);
    }

    public String getLanguage() {
        return language;
    }

    public LocalTime getQuietStart() {
        return quietStart;
    }

    public LocalTime getQuietEnd() {
        return quietEnd;
    }

    public boolean isWeeklyDigest() {
        return weeklyDigest;
    }

    /** The channel the person chose for reminders, or null (the first they registered on). */
    public Channel preferredChannel() {
        return preferredChannel == null ? null : Channel.ofKey(preferredChannel);
    }

    public ParticipantStatus getStatus() {
        return status;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Participant that && id != null && Objects.equals(id, that.id));
    }

    @Override
    public int hashCode() {
        return Participant.class.hashCode();
    }
}
