package ru.roadmapbot.confirmation;

import java.time.Instant;

/** A proof as a list shows it, filled by the repository in one query without the file's bytes. */
record ProofListing(Long id, Long statusId, String fileName, long size, Instant at) {
}
