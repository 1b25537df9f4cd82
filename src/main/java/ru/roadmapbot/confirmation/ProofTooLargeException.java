package ru.roadmapbot.confirmation;

import org.springframework.util.unit.DataSize;

/** A proof file over the size limit; the wording is under {@code confirmation.proof.too-large}. */
public class ProofTooLargeException extends RuntimeException {

    private final String fileName;
    private final DataSize limit;

    public ProofTooLargeException(String fileName, DataSize limit) {
        super(fileName + " is larger than " + limit);
        this.fileName = fileName;
        this.limit = limit;
    }

    public String fileName() {
        return fileName;
    }

    public long limitMegabytes() {
        return limit.toMegabytes();
    }
}
