package org.callsheet.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the arrows of ARCHITECTURE.md true: ui → logic → model, persistence → logic/model. */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.callsheet");
    }

    @Test
    void modelDependsOnNothingButTheJdk() {
        noClasses().that().resideInAPackage("org.callsheet.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.callsheet.model..", "java..")
                .check(classes);
    }

    @Test
    void logicKnowsNoUiNoDatabaseNoJavaFx() {
        noClasses().that().resideInAPackage("org.callsheet.logic..")
                .should().dependOnClassesThat().resideInAnyPackage("org.callsheet.ui..",
                        "org.callsheet.persistence..", "org.callsheet.cli..", "org.callsheet.app..",
                        "javafx..", "org.jooq..", "java.sql..")
                .check(classes);
    }

    @Test
    void onlyThePdfRendererOfSheetsKnowsPdfBox() {
        noClasses().that().resideInAPackage("org.callsheet.logic..")
                .and().resideOutsideOfPackage("org.callsheet.logic.sheets.pdf..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.apache.fontbox..")
                .check(classes);
    }

    /** Every chart of the window follows the theme (ADR 35): only ThemedChart shows one. */
    @Test
    void onlyThemedChartMakesAChartViewer() {
        noClasses().that().doNotHaveFullyQualifiedName("org.callsheet.ui.charts.ThemedChart")
                .should().callConstructorWhere(com.tngtech.archunit.core.domain.JavaConstructorCall.Predicates
                        .target(com.tngtech.archunit.base.DescribedPredicate.describe("a ChartViewer",
                                target -> target.getOwner().isAssignableTo("org.jfree.chart.fx.ChartViewer"))))
                .check(classes);
    }

    @Test
    void uiNeverTouchesPersistence() {
        noClasses().that().resideInAPackage("org.callsheet.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.callsheet.persistence..",
                        "org.callsheet.cli..", "org.jooq..", "java.sql..")
                .check(classes);
    }

    @Test
    void cliNeverTouchesPersistenceOrUi() {
        noClasses().that().resideInAPackage("org.callsheet.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.callsheet.persistence..",
                        "org.callsheet.ui..", "org.jooq..", "javafx..")
                .check(classes);
    }

    @Test
    void persistenceServesLogicOnly() {
        noClasses().that().resideInAPackage("org.callsheet.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("org.callsheet.ui..",
                        "org.callsheet.cli..", "org.callsheet.app..", "javafx..")
                .check(classes);
    }

    @Test
    void jooqRecordsStayInsidePersistence() {
        noClasses().that().resideOutsideOfPackage("org.callsheet.persistence..")
                .should().dependOnClassesThat().resideInAPackage("org.callsheet.persistence.jooq..")
                .check(classes);
    }

    @Test
    void onlyTheCommandLineWritesToStandardOutput() {
        noClasses().that().resideOutsideOfPackage("org.callsheet.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(classes);
    }

    @Test
    void screensDoNotDependOnEachOtherInCircles() {
        slices().matching("org.callsheet.ui.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void logicFeaturesDoNotDependOnEachOtherInCircles() {
        slices().matching("org.callsheet.logic.(*)..").should().beFreeOfCycles().check(classes);
    }
}
