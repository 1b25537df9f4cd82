package ru.roadmapbot.territory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/** A region or a municipality; a municipality's parent is its region when known. */
@Entity
@Table(name = "territory")
public class Territory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Enumerated(EnumType.STRING)
    private TerritoryKind kind;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "match_key")
    private String matchKey;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Territory() {
    }

    Territory(String name, TerritoryKind kind, Long parentId, Instant now) {
        this.name = name;
        this.kind = kind;
        this.parentId = parentId;
        this.matchKey = PlaceNames.matchKey(name);
        this.createdAt = now;
    }

    void attachTo(Long regionId) {
        this.parentId = regionId;
    }

    public Long getId() {
        return id;
    }

    /** "Гороховецкий район", "Республика Дагестан". */
    public String getName() {
        return name;
    }

    public TerritoryKind getKind() {
        return kind;
    }

    /** The region of a municipality, or null (a region, or a municipality whose region nobody named). */
    public Long getParentId() {
        return parentId;
    }

    public String getMatchKey() {
        return matchKey;
    }

    /** "Гороховецкий р-н", "Респ. Дагестан": short enough for a list line or a calendar category. */
    public String shortName() {
        return PlaceNames.shortName(name);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Territory that && id != null && Objects.equals(id, that.id));
    }

    @Override
    public int hashCode() {
        return Territory.class.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
