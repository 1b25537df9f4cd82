/**
 * The Telegram adapter of the messenger port: long polling through TelegramBots, one router from updates to small
 * command and button handlers, and one sender that is the only caller of the Telegram client.
 */
@ApplicationModule(allowedDependencies = {"account", "agenda", "calendar", "cluster", "confirmation", "messenger", "people", "reminder", "roadmap", "schedule", "territory"})
package ru.roadmapbot.telegram;

import org.springframework.modulith.ApplicationModule;
