package ru.roadmapbot.roadmap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A schedule cell a coordinator corrected in the import preview ("апрель-май 20212" read as "апрель-май 2022"). It
 * belongs to a roadmap's code and a row's title, and holds while the document still says what it said: a re-import of
 * the same cell takes the correction again; a cell edited in the document itself is read as it now is.
 */
@Entity
@Table(name = "schedule_correction")
class ScheduleCorrection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "roadmap_code")
    private String roadmapCode;

    @Column(name = "row_key")
    private String rowKey;

    @Column(name = "original_text")
    private String originalText;

    @Column(name = "corrected_text")
    private String correctedText;

    @Column(name = "corrected_at")
    private Instant correctedAt;

    protected ScheduleCorrection() {
    }

    ScheduleCorrection(String roadmapCode, String rowKey, String originalText, String correctedText, Instant now) {
        this.roadmapCode = roadmapCode;
        this.rowKey = rowKey;
        this.originalText = originalText;
        this.correctedText = correctedText;
        this.correctedAt = now;
    }

    void correct(String originalText, String correctedText, Instant now) {
        this.originalText = originalText;
        this.correctedText = correctedText;
        this.correctedAt = now;
    }

    String getRowKey() {
        return rowKey;
    }

    String getOriginalText() {
        return originalText;
    }

    String getCorrectedText() {
        return correctedText;
    }
}
