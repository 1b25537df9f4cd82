package ru.roadmapbot.roadmap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A stored roadmap. Its code (the file name unless given) is what a re-import of an edited file matches on. */
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

    /** The title if the document has one, else its code. */
    public String displayName() {
        return title != null && !title.isBlank() ? title : code;
    }
}
