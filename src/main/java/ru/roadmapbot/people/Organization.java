package ru.roadmapbot.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A school or a body; its time zone is the default for its people. Its name is unique within its territory only:
 * "МОУ № 2" of one town is not "МОУ № 2" of another.
 */
@Entity
@Table(name = "organization")
public class Organization {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Column(name = "match_key")
    private String matchKey;

    @Enumerated(EnumType.STRING)
    private OrganizationKind kind;

    @Column(name = "time_zone")
    private String timeZone;

    @Column(name = "created_at")
    private Instant createdAt;

    /** The municipality of a school, the municipality or region of a body; null on an instance without territories. */
    @Column(name = "territory_id")
    private Long territoryId;

    protected Organization() {
    }

    Organization(String name, Instant now) {
        this(name, null, now);
    }

    Organization(String name, Long territoryId, Instant now) {
        this.name = name.strip();
        this.matchKey = OrganizationNames.matchKey(name);
        this.kind = OrganizationNames.kindOf(name);
        this.territoryId = territoryId;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getMatchKey() {
        return matchKey;
    }

    public OrganizationKind getKind() {
        return kind;
    }

    public Long getTerritoryId() {
        return territoryId;
    }

    public ZoneId zone() {
        return timeZone == null ? null : ZoneId.of(timeZone);
    }

    void setTimeZone(ZoneId zone) {
        this.timeZone = zone == null ? null : zone.getId();
    }

    /** Whether a name written in a roadmap ("МОУ № 2") means this organization. */
    public boolean isNamed(String writtenName) {
        return matchKey.equals(OrganizationNames.matchKey(writtenName));
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Organization that && id != null && Objects.equals(id, that.id));
    }

    @Override
    public int hashCode() {
        return Organization.class.hashCode();
    }
}
