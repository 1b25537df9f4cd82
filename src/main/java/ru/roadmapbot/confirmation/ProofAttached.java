package ru.roadmapbot.confirmation;

/** A proof file was attached to a status. */
public record ProofAttached(Long statusId, Long proofId, String fileName) {
}
