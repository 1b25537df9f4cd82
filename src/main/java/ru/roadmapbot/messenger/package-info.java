/**
 * The port to a messenger: send a message, edit it, with buttons. Telegram is the first transport; others
 * (e-mail, VK/MAX) plug in here without touching the feature modules. Also the localized, HTML-safe texts.
 */
@ApplicationModule(allowedDependencies = {})
package ru.roadmapbot.messenger;

import org.springframework.modulith.ApplicationModule;
