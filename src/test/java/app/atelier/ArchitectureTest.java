package app.atelier;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** The shape the code keeps as it grows: modules without cycles, views thin, time injected. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.atelier");
    }

    @Test
    void modulesOnlyUseEachOthersPublicApiAndFormNoCycle() {
        ApplicationModules.of(Application.class).verify();
    }

    @Test
    void onlyThePipelineWorksOnGenerationsBeyondTheirModulesRoot() {
        noClasses().that().resideOutsideOfPackages("app.atelier.generation..", "app.atelier.pipeline..")
                .should().dependOnClassesThat().resideInAPackage("app.atelier.generation.work..")
                .check(classes);
    }

    @Test
    void onlyTheUserInterfaceKnowsVaadinComponents() {
        noClasses().that().resideOutsideOfPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin.flow.component..")
                .check(classes);
    }

    @Test
    void servicesNeverReachTheUserInterface() {
        noClasses().that().resideOutsideOfPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage("..ui..")
                .check(classes);
    }

    @Test
    void viewsGoThroughServicesNotRepositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(classes);
    }

    @Test
    void timeComesFromTheInjectedClock() {
        noClasses().should().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(OffsetDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .check(classes);
    }

    @Test
    void everyPackageSaysWhatItIsAndIsNullMarked() throws IOException {
        try (Stream<Path> directories = Files.walk(Path.of("src/main/java/app/atelier"))) {
            directories.filter(Files::isDirectory)
                    .filter(ArchitectureTest::holdsJavaFiles)
                    .forEach(directory -> assertThat(directory.resolve("package-info.java"))
                            .as(directory + " has a package-info")
                            .exists()
                            .content().contains("@NullMarked").contains("/**"));
        }
    }

    /** A view that grows past this is split into components of its own (a step, a section, a card's part). */
    static final int MAX_VIEW_LINES = 320;

    @Test
    void everyViewStaysReadableAtOneSitting() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/app/atelier"))) {
            var tooLong = files.filter(file -> file.getParent().getFileName().toString().equals("ui"))
                    .filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> lines(file) > MAX_VIEW_LINES)
                    .map(file -> file + " (" + lines(file) + " lines)")
                    .toList();
            assertThat(tooLong).as("views over %d lines", MAX_VIEW_LINES).isEmpty();
        }
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean holdsJavaFiles(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.anyMatch(file -> file.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
