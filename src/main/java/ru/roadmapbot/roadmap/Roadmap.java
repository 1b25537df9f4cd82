package ru.roadmapbot.roadmap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored roadmap. Its code (the file name unless given) is what a re-import of an edited file matches on; its
 * territory and level decide whom its activities reach; its short name is how people tell it from the others.
 */
@Entity
@Table(name = "roadmap")
public class Roadmap {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String title;

    @Column(name = "source_file")
    private String sourceFile;

    @Column(name = "roadmap_year")
    private Integer year;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    @Column(name = "content_sha256")
    private String contentSha256;

    @Column(name = "import_count")
    private int importCount;

    @Column(name = "imported_at")
    private Instant importedAt;

    /** The region or municipality whose roadmap it is; null only on an instance that names no territories. */
    @Column(name = "territory_id")
    private Long territoryId;

    @Enumerated(EnumType.STRING)
    @Column(name = "roadmap_level")
    private RoadmapLevel level;

    /** For a school's own roadmap: the school, as named in the roadmap. */
    @Column(name = "school_name")
    private String schoolName;

    @Column(name = "short_name")
    private String shortName;

    /** A short name a person chose is kept over re-imports; a derived one follows the document. */
    @Column(name = "short_name_edited")
    private boolean shortNameEdited;

    protected Roadmap() {
    }

    Roadmap(String code) {
        this.code = code;
    }

    void recordImport(RoadmapDocument document, String sha256, Instant at) {
        this.title = document.title();
        this.sourceFile = document.source();
        this.year = document.year();
        this.approvedOn = document.approvedOn();
        this.contentSha256 = sha256;
        this.importCount++;
        this.importedAt = at;
    }

    /** Places the roadmap; a derived short name follows. */
    void place(Long territoryId, RoadmapLevel level, String schoolName, String derivedShortName) {
        this.territoryId = territoryId;
        this.level = level;
        this.schoolName = schoolName;
        if (!shortNameEdited) {
            this.shortName = derivedShortName;
        }
    }

    void rename(String shortName) {
        this.shortName = shortName.strip();
        this.shortNameEdited = true;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getSourceFile() {
        return sourceFile;
    }

    public Integer getYear() {
        return year;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public String getContentSha256() {
        return contentSha256;
    }

    public int getImportCount() {
        return importCount;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public Long getTerritoryId() {
        return territoryId;
    }

    public RoadmapLevel getLevel() {
        return level;
    }

    public String getSchoolName() {
        return schoolName;
    }

    public boolean isShortNameEdited() {
        return shortNameEdited;
    }

    /** The title if the document has one, else its short name. */
    public String displayName() {
        return title != null && !title.isBlank() ? title : shortName();
    }

    /** "500+ · Гороховецкий р-н · 2022": how lists, reminders and calendars tell this roadmap from the others. */
    public String shortName() {
        if (shortName != null && !shortName.isBlank()) {
            return shortName;
        }
        String derived = RoadmapNames.shortName(title, null, year);
        return derived != null ? derived : code;
    }
}
