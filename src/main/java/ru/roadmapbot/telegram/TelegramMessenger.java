package ru.roadmapbot.telegram;

import java.io.IOException;

import ru.roadmapbot.messenger.Channel;
import ru.roadmapbot.messenger.Messenger;
import ru.roadmapbot.messenger.OutgoingMessage;
import ru.roadmapbot.messenger.SentMessage;

/** The messenger port over Telegram; {@link TelegramSender} does the work and keeps the send budget. */
class TelegramMessenger implements Messenger {

    private final TelegramSender sender;

    TelegramMessenger(TelegramSender sender) {
        this.sender = sender;
    }

    @Override
    public Channel channel() {
        return Channel.TELEGRAM;
    }

    @Override
    public SentMessage send(String chat, OutgoingMessage message) {
        return sender.sendReserved(chatId(chat), message.html(), message.keyboard());
    }

    @Override
    public SentMessage reply(String chat, OutgoingMessage message) {
        return sender.send(chatId(chat), message.html(), message.keyboard());
    }

    @Override
    public void edit(SentMessage target, OutgoingMessage message) {
        sender.edit(chatId(target.to().chat()), Long.parseLong(target.messageId()), message.html(), message.keyboard());
    }

    @Override
    public void sendFile(String chat, String fileName, byte[] content, String captionHtml) {
        sender.sendDocument(chatId(chat), fileName, content, captionHtml);
    }

    @Override
    public void answerPress(String pressId, String notice) {
        sender.answer(pressId, notice);
    }

    @Override
    public byte[] download(String fileRef, long maxBytes) throws IOException {
        return sender.download(fileRef, maxBytes);
    }

    @Override
    public boolean available() {
        return true;
    }

    private static long chatId(String chat) {
        return Long.parseLong(chat);
    }
}
