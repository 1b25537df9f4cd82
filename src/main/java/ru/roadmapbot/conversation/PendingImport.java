package ru.roadmapbot.conversation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A roadmap sent to the bot, kept until its sender presses "Импортировать" or "Отмена". */
@Entity
@Table(name = "pending_import")
class PendingImport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "participant_id")
    private Long participantId;

    @Column(name = "file_name")
    private String fileName;

    /** VARBINARY maps to BINARY VARYING on H2 and bytea on PostgreSQL (a plain @Lob would be an oid there). */
    @JdbcTypeCode(SqlTypes.VARBINARY)
    private byte[] content;

    @Column(name = "created_at")
    private Instant createdAt;

    /** A territory the coordinator typed over the one the document names, or null. */
    private String territory;

    protected PendingImport() {
    }

    PendingImport(Long participantId, String fileName, byte[] content, Instant createdAt) {
        this.participantId = participantId;
        this.fileName = fileName;
        this.content = content;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    Long getParticipantId() {
        return participantId;
    }

    String getFileName() {
        return fileName;
    }

    byte[] getContent() {
        return content;
    }

    String getTerritory() {
        return territory;
    }

    void setTerritory(String territory) {
        this.territory = territory;
    }
}
