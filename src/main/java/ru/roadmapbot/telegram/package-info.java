/**
 * The Telegram transport: long polling through TelegramBots (or a webhook), updates translated into the
 * conversation's {@code Incoming}, and one sender that is the only caller of the Telegram client and implements the
 * messenger port for Telegram.
 */
@ApplicationModule(allowedDependencies = {"cluster", "conversation", "messenger", "people"})
package ru.roadmapbot.telegram;

import org.springframework.modulith.ApplicationModule;
