package ru.roadmapbot.messenger;

/** A message could not be delivered; {@link #isTransient()} says whether trying again later may work. */
public class DeliveryFailedException extends RuntimeException {

    private final boolean transientFailure;

    public DeliveryFailedException(String message, boolean transientFailure, Throwable cause) {
        super(message, cause);
        this.transientFailure = transientFailure;
    }

    public boolean isTransient() {
        return transientFailure;
    }
}
