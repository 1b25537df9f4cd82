package ru.roadmapbot.telegram;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import ru.roadmapbot.cluster.SendBudget;
import ru.roadmapbot.messenger.Button;
import ru.roadmapbot.messenger.DeliveryFailedException;
import ru.roadmapbot.messenger.RateLimitedException;
import ru.roadmapbot.messenger.RecipientBlockedException;
import ru.roadmapbot.messenger.SentMessage;
import ru.roadmapbot.messenger.Address;
import ru.roadmapbot.messenger.ButtonSigner;
import ru.roadmapbot.messenger.Channel;
import ru.roadmapbot.messenger.MessageSplitter;

/**
 * The only place that calls the Telegram client. Turns Telegram's answers into the messenger port's exceptions
 * (403 blocked, 429 wait, the rest transient or not), splits texts over Telegram's 4,096 characters, signs
 * buttons, and downloads files through the configured base URL (TelegramBots would use api.telegram.org).
 * <p>
 * Every message it writes to a chat keeps the cluster's send budget ({@link SendBudget}): a reply waits for the
 * chat's spacing and takes the next slot of the rate ahead of queued messages; a 429 pauses every instance.
 */
class TelegramSender {

    static final int MAX_TEXT = 4096;
    /** Telegram's limit on a button's callback data. */
    static final int MAX_BUTTON_DATA = 64;
    private static final Logger log = LoggerFactory.getLogger(TelegramSender.class);

    private final TelegramClient client;
    private final OkHttpClient http;
    private final TelegramProperties properties;
    private final ButtonSigner signer;
    private final SendBudget budget;
    private final Counter rateLimited;
    private final DistributionSummary retryAfter;

    TelegramSender(TelegramClient client, OkHttpClient http, TelegramProperties properties, ButtonSigner signer,
                   SendBudget budget, MeterRegistry meters) {
        this.client = client;
        this.http = http;
        this.properties = properties;
        this.signer = signer;
        this.budget = budget;
        this.rateLimited = Counter.builder("roadmapbot.telegram.rate-limited").description("429 answers from Telegram")
                .register(meters);
        this.retryAfter = DistributionSummary.builder("roadmapbot.telegram.retry-after").baseUnit("seconds")
                .description("retry_after of 429 answers").register(meters);
    }

    /** Replies with HTML text to a private chat (whose id is the user's id); buttons go under the last piece. */
    SentMessage send(long chatId, String html, List<List<Button>> keyboard) {
        return send(chatId, html, keyboard, false);
    }

    /**
     * Sends a queued message whose sender has reserved the chat and taken a slot of the rate for it already (the
     * outbox's worker); only the further pieces of a long text wait for their own.
     */
    SentMessage sendReserved(long chatId, String html, List<List<Button>> keyboard) {
        return send(chatId, html, keyboard, true);
    }

    private SentMessage send(long chatId, String html, List<List<Button>> keyboard, boolean reserved) {
        List<String> pieces = MessageSplitter.split(html, MAX_TEXT);
        Message last = null;
        for (int i = 0; i < pieces.size(); i++) {
            boolean lastPiece = i == pieces.size() - 1;
            SendMessage.SendMessageBuilder<?, ?> message = SendMessage.builder().chatId(chatId).text(pieces.get(i))
                    .parseMode(ParseMode.HTML).linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build());
            if (lastPiece && !keyboard.isEmpty()) {
                message.replyMarkup(markup(chatId, keyboard));
            }
            if (reserved && i == 0) {
                last = call(() -> client.execute(message.build()));
            } else {
                if (reserved) {
                    budget.releaseChat(address(chatId)); // the next piece keeps the spacing like any other message
                }
                last = paced(chatId, () -> client.execute(message.build()));
            }
        }
        return new SentMessage(address(chatId), String.valueOf(last == null ? 0 : last.getMessageId()));
    }

    /** A reply: waits for the chat's spacing and the next slot of the rate, ahead of queued messages. */
    private <T> T paced(long chatId, Call<T> call) {
        try {
            budget.awaitChat(address(chatId));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailedException("interrupted while waiting for chat " + chatId, true, e);
        }
        try {
            budget.takeSlot(Channel.TELEGRAM, SendBudget.Priority.URGENT);
            return call(call);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailedException("interrupted while waiting for the rate", true, e);
        } finally {
            budget.releaseChat(address(chatId));
        }
    }

    void edit(long chatId, long messageId, String html, List<List<Button>> keyboard) {
        EditMessageText.EditMessageTextBuilder<?, ?> edit = EditMessageText.builder().chatId(chatId)
                .messageId((int) messageId).text(MessageSplitter.split(html, MAX_TEXT).get(0)).parseMode(ParseMode.HTML)
                .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build());
        if (!keyboard.isEmpty()) {
            edit.replyMarkup(markup(chatId, keyboard));
        }
        try {
            paced(chatId, () -> client.execute(edit.build()));
        } catch (DeliveryFailedException e) {
            if (e.getCause() instanceof TelegramApiRequestException request && request.getApiResponse() != null
                    && request.getApiResponse().contains("message is not modified")) {
                return; // pressing a page button twice: nothing to change, nothing wrong
            }
            throw e;
        }
    }

    /** Sends a file (a proof to a curator) with a short caption. */
    void sendDocument(long chatId, String fileName, byte[] content, String caption) {
        SendDocument document = SendDocument.builder().chatId(chatId)
                .document(new InputFile(new ByteArrayInputStream(content), fileName))
                .caption(caption).parseMode(ParseMode.HTML).build();
        paced(chatId, () -> client.execute(document));
    }

    /** Every button press is answered, or the user's client shows a spinner until it times out. */
    void answer(String callbackQueryId, String text) {
        AnswerCallbackQuery.AnswerCallbackQueryBuilder<?, ?> answer = AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId);
        if (text != null) {
            answer.text(text);
        }
        try {
            call(() -> client.execute(answer.build()));
        } catch (DeliveryFailedException e) {
            log.debug("Could not answer callback {}: {}", callbackQueryId, e.getMessage());
        }
    }

    /** Tells Telegram where to post updates, with the secret it must send along (webhook mode). */
    void setWebhook(String url, String secretToken) {
        call(() -> client.execute(SetWebhook.builder().url(url).secretToken(secretToken)
                .allowedUpdates(List.of("message", "callback_query")).build()));
    }

    User me() {
        return call(() -> client.execute(new GetMe()));
    }

    void setCommands(List<BotCommand> commands, String languageCode) {
        SetMyCommands.SetMyCommandsBuilder<?, ?> set = SetMyCommands.builder().commands(commands);
        if (languageCode != null) {
            set.languageCode(languageCode);
        }
        call(() -> client.execute(set.build()));
    }

    /** Downloads a file the user sent, refusing it when larger than {@code maxBytes}. */
    byte[] download(String fileId, long maxBytes) throws IOException {
        File file = call(() -> client.execute(new GetFile(fileId)));
        if (file.getFileSize() != null && file.getFileSize() > maxBytes) {
            throw new IOException("file larger than " + maxBytes + " bytes");
        }
        String url = properties.baseUrl().toString().replaceAll("/+$", "") + "/file/bot" + properties.token() + "/"
                + file.getFilePath();
        try (Response response = http.newCall(new Request.Builder().url(url).build()).execute()) {
            ResponseBody body = response.body();
            if (!response.isSuccessful() || body == null) {
                throw new IOException("download failed with HTTP " + response.code());
            }
            try (InputStream in = body.byteStream()) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    throw new IOException("file larger than " + maxBytes + " bytes");
                }
                return bytes;
            }
        }
    }

    private InlineKeyboardMarkup markup(long userId, List<List<Button>> keyboard) {
        List<InlineKeyboardRow> rows = new ArrayList<>();
        for (List<Button> row : keyboard) {
            InlineKeyboardRow keys = new InlineKeyboardRow();
            for (Button button : row) {
                keys.add(InlineKeyboardButton.builder().text(button.label())
                        .callbackData(signer.sign(String.valueOf(userId), button)).build());
            }
            rows.add(keys);
        }
        return InlineKeyboardMarkup.builder().keyboard(rows).build();
    }

    private static Address address(long chatId) {
        return new Address(Channel.TELEGRAM, String.valueOf(chatId));
    }

    private interface Call<T> {
        T run() throws TelegramApiException;
    }

    private <T> T call(Call<T> call) {
        try {
            return call.run();
        } catch (TelegramApiRequestException e) {
            Integer code = e.getErrorCode();
            if (code != null && code == 403) {
                throw new RecipientBlockedException("blocked: " + e.getApiResponse(), e);
            }
            if (code != null && code == 429) {
                Integer retry = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
                Duration after = Duration.ofSeconds(retry == null ? 1 : retry);
                budget.pause(Channel.TELEGRAM, after); // Telegram limits the bot, not this instance: all of them wait
                rateLimited.increment();
                retryAfter.record(after.toSeconds());
                throw new RateLimitedException(after, e);
            }
            boolean transientFailure = code == null || code >= 500;
            throw new DeliveryFailedException("Telegram answered " + code + ": " + e.getApiResponse(), transientFailure, e);
        } catch (TelegramApiException e) {
            throw new DeliveryFailedException("Telegram is unreachable: " + e.getMessage(), true, e);
        }
    }
}
