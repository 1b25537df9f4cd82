package ru.roadmapbot.messenger;

/** A message the transport accepted, addressable for later edits. */
public record SentMessage(long chatId, long messageId) {
}
