/**
 * Console accounts of the coordinators who run a region's roadmaps: stored, hashed passwords, a role and a territory
 * that bounds everything the account sees; one-time sign-in links from the bot; throttling of wrong passwords.
 */
@ApplicationModule(allowedDependencies = {"territory"})
package ru.roadmapbot.account;

import org.springframework.modulith.ApplicationModule;
