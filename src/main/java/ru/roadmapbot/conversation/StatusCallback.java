package ru.roadmapbot.conversation;

import org.springframework.stereotype.Component;

import ru.roadmapbot.messenger.Texts;
import ru.roadmapbot.reminder.ReminderButtons;

/**
 * The buttons under a reminder: "✅ Выполнено", "⏳ В работе", "🆘 Нужна помощь", "🔁 Напомнить завтра". The status
 * is recorded, the reminder edited in place, and for "help" and "done" the bot asks for a comment or proof.
 */
@Component
class StatusCallback implements CallbackHandler {

    private final ReminderButtons buttons;
    private final StatusFollowUp followUp;
    private final Texts texts;

    StatusCallback(ReminderButtons buttons, StatusFollowUp followUp, Texts texts) {
        this.buttons = buttons;
        this.followUp = followUp;
        this.texts = texts;
    }

    @Override
    public String action() {
        return "st";
    }

    @Override
    public Reply handle(Conversation conversation, String payload) {
        String language = conversation.language();
        String[] parts = payload.split(":");
        if (parts.length != 2 || !parts[0].matches("\\d+")) {
            return Reply.none().withToast(texts.plain(language, "bot.button.refused"));
        }
        Long participantId = conversation.participant().getId();
        return buttons.press(Long.valueOf(parts[0]), participantId, parts[1]).map(pressed -> {
            Reply edited = Reply.withButtons(pressed.edited().html(), pressed.edited().keyboard()).inPlace()
                    .withToast(texts.plain(language, pressed.toastKey()));
            return pressed.state() == null ? edited : followUp.after(conversation, edited, pressed.state(), pressed.statusId());
        }).orElseGet(() -> Reply.none().withToast(texts.plain(language, "bot.button.refused")));
    }
}
