package ru.roadmapbot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Keeps the module arrows honest: no cycles, no reaching into another module's internals, and a messenger-neutral
 * core: only the two transport adapters know a transport (Telegram's library, MAX's wire format), and neither knows
 * the other.
 */
class ModularityTests {

    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("ru.roadmapbot");

    @Test
    void modulesRespectTheirBoundaries() {
        ApplicationModules.of(RoadmapBotApplication.class).verify();
    }

    @Test
    void onlyTheTelegramAdapterUsesTelegramsLibrary() {
        noClasses().that().resideOutsideOfPackage("ru.roadmapbot.telegram..")
                .should().dependOnClassesThat().resideInAnyPackage("org.telegram..")
                .check(PRODUCT);
    }

    @Test
    void noModuleButTheAdaptersDependsOnATransport() {
        noClasses().that().resideOutsideOfPackages("ru.roadmapbot.telegram..", "ru.roadmapbot.max..")
                .should().dependOnClassesThat().resideInAnyPackage("ru.roadmapbot.telegram..", "ru.roadmapbot.max..")
                .check(PRODUCT);
    }

    @Test
    void theAdaptersDoNotKnowEachOther() {
        noClasses().that().resideInAPackage("ru.roadmapbot.telegram..")
                .should().dependOnClassesThat().resideInAPackage("ru.roadmapbot.max..")
                .check(PRODUCT);
        noClasses().that().resideInAPackage("ru.roadmapbot.max..")
                .should().dependOnClassesThat().resideInAPackage("ru.roadmapbot.telegram..")
                .check(PRODUCT);
    }
}
