package ru.roadmapbot.conversation;

import java.io.IOException;
import java.util.List;

import org.springframework.stereotype.Component;

import ru.roadmapbot.messenger.Button;
import ru.roadmapbot.messenger.Messengers;
import ru.roadmapbot.messenger.OutgoingMessage;
import ru.roadmapbot.messenger.SentMessage;

/**
 * Answers in the conversation's own channel: whichever messenger the person wrote from gets the reply, the file or
 * the download request.
 */
@Component
class Replies {

    private final Messengers messengers;

    Replies(Messengers messengers) {
        this.messengers = messengers;
    }

    SentMessage send(Conversation conversation, String html, List<List<Button>> keyboard) {
        return messengers.require(conversation.channel()).reply(conversation.sender().chat(),
                new OutgoingMessage(html, keyboard));
    }

    void edit(Conversation conversation, String messageId, String html, List<List<Button>> keyboard) {
        messengers.require(conversation.channel()).edit(new SentMessage(conversation.sender().address(), messageId),
                new OutgoingMessage(html, keyboard));
    }

    void sendFile(Conversation conversation, String fileName, byte[] content, String captionHtml) {
        messengers.require(conversation.channel()).sendFile(conversation.sender().chat(), fileName, content, captionHtml);
    }

    void answerPress(Conversation conversation, String pressId, String notice) {
        messengers.require(conversation.channel()).answerPress(pressId, notice);
    }

    byte[] download(Conversation conversation, String fileRef, long maxBytes) throws IOException {
        return messengers.require(conversation.channel()).download(fileRef, maxBytes);
    }
}
