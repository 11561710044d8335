package org.entente;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/**
 * The layers hold: no package cycles, at the top and inside explore; the extractor and Facts use no Spring; system
 * imports no feature; the features of explore
 * (entity, connections, relations, stances, timeline, ask) meet only in the shared model beneath them (the root, resolve,
 * query); an explore package holds at most ten classes (nested ones not counted), so a feature that grows is split
 * rather than piled up.
 */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.entente");

    @Test
    void shouldHaveNoCyclesBetweenTopLevelPackages() {
        slices().matching("org.entente.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    /** Every package of explore is a slice of its own, the shared model at its root included. */
    @Test
    void shouldHaveNoCyclesBetweenThePackagesOfExplore() {
        slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass c) {
                return c.getPackageName().startsWith("org.entente.explore") ? SliceIdentifier.of(c.getPackageName())
                        : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "the packages of explore";
            }
        }).should().beFreeOfCycles().check(CLASSES);
    }

    /**
     * The extractor is a plain library (text in, Facts out) that other runtimes call without Spring: the Spark job
     * ({@code spark/}) runs it from a jar that holds these two packages and nothing else of Entente. So they use no
     * Spring class, directly or through another class of Entente, and no Entente package that uses Spring.
     */
    @Test
    void shouldKeepTheExtractorAndFactsFreeOfSpring() {
        var library = new String[] {"org.entente.extract..", "org.entente.facts.."};
        ArchRuleDefinition.noClasses().that().resideInAnyPackage(library).should()
                .transitivelyDependOnClassesThat().resideInAPackage("org.springframework..").check(CLASSES);
        var springPackages = CLASSES.stream()
                .filter(c -> c.getDirectDependenciesFromSelf().stream()
                        .anyMatch(d -> d.getTargetClass().getPackageName().startsWith("org.springframework")))
                .map(JavaClass::getPackageName).filter(p -> !p.startsWith("org.entente.extract") && !p.startsWith("org.entente.facts"))
                .distinct().toArray(String[]::new);
        assertThat(springPackages).as("packages of Entente that use Spring").contains("org.entente.system", "org.entente.ingest");
        ArchRuleDefinition.noClasses().that().resideInAnyPackage(library).should().dependOnClassesThat()
                .resideInAnyPackage(springPackages).check(CLASSES);
    }

    @Test
    void shouldKeepSystemFreeOfFeatures() {
        ArchRuleDefinition.noClasses().that().resideInAPackage("org.entente.system..").should().dependOnClassesThat()
                .resideInAnyPackage("org.entente.explore..", "org.entente.articles..", "org.entente.browser..",
                        "org.entente.ingest..").check(CLASSES);
    }

    /** "ask" answers with the same queries as the other features, through the shared query package, never their controllers. */
    @Test
    void shouldLetFeaturesMeetOnlyInTheSharedModel() {
        var features = new String[] {"entity", "connections", "relations", "stances", "timeline", "ask"};
        for (var feature : features) {
            var others = java.util.Arrays.stream(features).filter(f -> !f.equals(feature)).map(f -> "org.entente.explore." + f + "..")
                    .toArray(String[]::new);
            ArchRuleDefinition.noClasses().that().resideInAPackage("org.entente.explore." + feature + "..").should()
                    .dependOnClassesThat().resideInAnyPackage(others).check(CLASSES);
        }
        ArchRuleDefinition.noClasses().that().resideInAnyPackage("org.entente.explore", "org.entente.explore.query..",
                "org.entente.explore.resolve..").should().dependOnClassesThat().resideInAnyPackage(
                        java.util.Arrays.stream(features).map(f -> "org.entente.explore." + f + "..").toArray(String[]::new))
                .check(CLASSES);
    }

    @Test
    void shouldKeepEveryExplorePackageAtTenClassesOrFewer() {
        Map<String, Long> sizes = CLASSES.stream().filter(c -> c.getPackageName().startsWith("org.entente.explore"))
                .filter(c -> c.getEnclosingClass().isEmpty() && !c.isAnonymousClass())
                .collect(Collectors.groupingBy(JavaClass::getPackageName, TreeMap::new, Collectors.counting()));
        assertThat(sizes).isNotEmpty().allSatisfy((name, size) -> assertThat(size).as(name).isLessThanOrEqualTo(10));
    }
}
