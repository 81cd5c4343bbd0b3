package app.dealbrief;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layering of DESIGN.md section 1, kept true by the build. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.dealbrief");
    }

    @Test
    void arrowsPointOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Launcher").definedBy("app.dealbrief")
                .layer("UI").definedBy("app.dealbrief.ui..")
                .layer("CLI").definedBy("app.dealbrief.cli..")
                .layer("Workspace").definedBy("app.dealbrief.workspace..")
                .layer("Notes").definedBy("app.dealbrief.notes..")
                .layer("Insight").definedBy("app.dealbrief.insight..")
                .layer("Store").definedBy("app.dealbrief.store..")
                .layer("Sheet").definedBy("app.dealbrief.sheet..")
                .layer("Domain").definedBy("app.dealbrief.domain..")
                .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
                .whereLayer("UI").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("CLI").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("Workspace").mayOnlyBeAccessedByLayers("Launcher", "UI", "CLI")
                .whereLayer("Notes").mayOnlyBeAccessedByLayers("Workspace")
                .whereLayer("Insight").mayOnlyBeAccessedByLayers("Workspace")
                .whereLayer("Store").mayOnlyBeAccessedByLayers("Workspace")
                .whereLayer("Sheet").mayOnlyBeAccessedByLayers("Workspace")
                .check(classes);
    }

    @Test
    void onlyTheUiAndTheLauncherSeeJavaFx() {
        noClasses().that().resideOutsideOfPackages("app.dealbrief.ui..")
                .and().doNotHaveFullyQualifiedName("app.dealbrief.Main")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void onlyTheStoreSeesJdbc() {
        noClasses().that().resideOutsideOfPackages("app.dealbrief.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.flywaydb..")
                .check(classes);
    }

    @Test
    void theUiSeesNeitherJdbcNorJackson() {
        noClasses().that().resideInAPackage("app.dealbrief.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "com.fasterxml.jackson..")
                .check(classes);
    }

    @Test
    void theDomainIsPlainJava() {
        noClasses().that().resideInAPackage("app.dealbrief.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "com.fasterxml..",
                        "org.apache..", "org.h2..", "picocli..")
                .check(classes);
    }

    @Test
    void viewModelsDependOnRolesNotOnTheWholeWorkspace() {
        // only the composition root (the app and the main view that wires the view models) holds the whole Workspace
        noClasses().that().resideInAPackage("app.dealbrief.ui..")
                .and().haveNameNotMatching("app\\.dealbrief\\.ui\\.(DealBriefApp|MainView)(\\$.*)?")
                .should().dependOnClassesThat().haveFullyQualifiedName("app.dealbrief.workspace.Workspace")
                .check(classes);
    }

    @Test
    void theWorkspacePassesNoAwtImages() {
        noClasses().that().resideInAPackage("app.dealbrief.workspace..")
                .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.imageio..")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("app.dealbrief.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyTheLoggingSetUpSeesLogback() {
        noClasses().that().resideOutsideOfPackage("app.dealbrief.workspace.logging")
                .should().dependOnClassesThat().resideInAPackage("ch.qos.logback..")
                .check(classes);
    }
}
