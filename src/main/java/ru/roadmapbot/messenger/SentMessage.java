package ru.roadmapbot.messenger;

/**
 * A message the transport accepted, addressable for later edits: Telegram numbers messages within a chat, MAX
 * gives each message an id of text ("mid.…").
 */
public record SentMessage(Address to, String messageId) {
}
