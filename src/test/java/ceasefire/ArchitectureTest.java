package ceasefire;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering the code is built around: scenario <- rules <- events <- agents <- model <- output,
 * charts <- sweep <- cli; gui may use everything but cli; nothing imports gui or cli; only gui touches
 * Swing; the scenario and rules know nothing of MASON.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMain() {
        // Not ImportOption.Predefined.DO_NOT_INCLUDE_TESTS: it expects Maven's default
        // target/test-classes, and builds may use -Dceasefire.build=DIR.
        ImportOption mainOnly = location -> !location.contains("/test-classes/");
        classes = new ClassFileImporter().withImportOption(mainOnly).importPackages("ceasefire");
    }

    @Test
    void scenarioDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("ceasefire.scenario..")
                .should().dependOnClassesThat().resideInAnyPackage("ceasefire.rules..", "ceasefire.events..", "ceasefire.model..", "ceasefire.agents..",
                        "ceasefire.output..", "ceasefire.charts..", "ceasefire.sweep..", "ceasefire.cli..", "ceasefire.gui..", "sim..",
                        "ec..", "java.awt..", "javax.swing..")
                .check(classes);
    }

    @Test
    void rulesArePureFunctionsOverTheScenario() {
        noClasses().that().resideInAPackage("ceasefire.rules..")
                .should().dependOnClassesThat().resideInAnyPackage("ceasefire.events..", "ceasefire.model..", "ceasefire.agents..", "ceasefire.output..",
                        "ceasefire.charts..", "ceasefire.sweep..", "ceasefire.cli..", "ceasefire.gui..", "sim..", "ec..")
                .check(classes);
    }

    @Test
    void eventsAreRecordsBelowTheAgents() {
        noClasses().that().resideInAPackage("ceasefire.events..")
                .should().dependOnClassesThat().resideInAnyPackage("ceasefire.agents..", "ceasefire.model..", "ceasefire.output..",
                        "ceasefire.charts..", "ceasefire.sweep..", "ceasefire.cli..", "ceasefire.gui..", "sim..", "ec..")
                .check(classes);
    }

    @Test
    void theAgentsSeeTheirInterfacesNotTheModel() {
        noClasses().that().resideInAPackage("ceasefire.agents..")
                .should().dependOnClassesThat().resideInAPackage("ceasefire.model..")
                .check(classes);
    }

    @Test
    void theModelKnowsNothingOfOutputChartsSweepsOrUsers() {
        noClasses().that().resideInAnyPackage("ceasefire.model..", "ceasefire.agents..", "ceasefire.events..")
                .should().dependOnClassesThat().resideInAnyPackage("ceasefire.output..", "ceasefire.charts..", "ceasefire.sweep..",
                        "ceasefire.cli..", "ceasefire.gui..", "java.awt..", "javax.swing..", "org.jfree..")
                .check(classes);
    }

    @Test
    void outputAndChartsDoNotReachUp() {
        noClasses().that().resideInAnyPackage("ceasefire.output..", "ceasefire.charts..")
                .should().dependOnClassesThat().resideInAnyPackage("ceasefire.sweep..", "ceasefire.cli..", "ceasefire.gui..", "javax.swing..")
                .check(classes);
        noClasses().that().resideInAPackage("ceasefire.charts..")
                .should().dependOnClassesThat().resideInAPackage("ceasefire.output..")
                .check(classes);
    }

    @Test
    void sweepsDoNotReachUp() {
        noClasses().that().resideInAPackage("ceasefire.sweep..")
                .should().dependOnClassesThat().resideInAnyPackage("ceasefire.cli..", "ceasefire.gui..", "javax.swing..")
                .allowEmptyShould(true)
                .check(classes);
    }

    /**
     * sweep/ in layers: design <- running <- statistics <- charts, and the jobs in sweep itself
     * (SweepJob, ShardJob, SweepMerge, Comparison) on top. Each sub-package is a slice of its own
     * and the jobs are one more, so a sub-package that reached back up would be a cycle.
     */
    @Test
    void sweepsPartsFormLayersWithoutCycles() {
        slicesBy("ceasefire.sweep and each of its sub-packages", c -> {
            String p = c.getPackageName();
            return p.equals("ceasefire.sweep") || p.startsWith("ceasefire.sweep.") ? p : null;
        }).should().beFreeOfCycles().check(classes);
        noClasses().that().resideInAPackage("ceasefire.sweep.design")
                .should().dependOnClassesThat().resideInAnyPackage("ceasefire.sweep", "ceasefire.sweep.running", "ceasefire.sweep.statistics",
                        "ceasefire.sweep.charts")
                .check(classes);
        noClasses().that().resideInAPackage("ceasefire.sweep.running")
                .should().dependOnClassesThat().resideInAnyPackage("ceasefire.sweep", "ceasefire.sweep.statistics", "ceasefire.sweep.charts")
                .check(classes);
        noClasses().that().resideInAPackage("ceasefire.sweep.statistics")
                .should().dependOnClassesThat().resideInAnyPackage("ceasefire.sweep", "ceasefire.sweep.charts")
                .check(classes);
        noClasses().that().resideInAPackage("ceasefire.sweep.charts")
                .should().dependOnClassesThat().resideInAPackage("ceasefire.sweep")
                .check(classes);
    }

    @Test
    void nothingImportsTheGuiOrTheCommandLine() {
        noClasses().that().resideOutsideOfPackage("ceasefire.gui..")
                .should().dependOnClassesThat().resideInAPackage("ceasefire.gui..")
                .check(classes);
        noClasses().that().resideOutsideOfPackage("ceasefire.cli..")
                .should().dependOnClassesThat().resideInAPackage("ceasefire.cli..")
                .check(classes);
        noClasses().that().resideInAPackage("ceasefire.gui..")
                .should().dependOnClassesThat().resideInAPackage("ceasefire.cli..")
                .allowEmptyShould(true)
                .check(classes);
    }

    /**
     * Only the YAML layer, ceasefire.scenario.yaml, uses the YAML parser (SnakeYAML), and nothing
     * public there shows a parser type: the rest of the program reads YAML through its
     * {@code YamlText}, {@code YamlNode}, {@code Section} and {@code TreeReader}. The scenario
     * loader is its main user; sweep, calibrate, output and facts read their own YAML (and JSON)
     * files through the same parser-free API (sweep and calibration files, manifest.json and
     * shard.json, the output folder's record, the recommitment days of a run's scenario), so their
     * messages keep the scenario's file:line: key: form.
     */
    @Test
    void onlyTheYamlLayerTouchesTheParser() {
        noClasses().that().resideOutsideOfPackage("ceasefire.scenario.yaml")
                .should().dependOnClassesThat().resideInAPackage("org.yaml.snakeyaml..")
                .check(classes);
        DescribedPredicate<JavaClass> parserType = JavaClass.Predicates.resideInAPackage("org.yaml.snakeyaml..");
        codeUnits().that().arePublic().and().areDeclaredInClassesThat().resideInAPackage("ceasefire.scenario.yaml")
                .and().areDeclaredInClassesThat().arePublic()
                .should().notHaveRawReturnType(parserType)
                .andShould().notHaveRawParameterTypes(DescribedPredicate.describe("a parser type",
                        (List<JavaClass> types) -> types.stream().anyMatch(parserType)))
                .check(classes);
    }

    @Test
    void onlyTheGuiTouchesSwing() {
        noClasses().that().resideOutsideOfPackage("ceasefire.gui..")
                .should().dependOnClassesThat().resideInAPackage("javax.swing..")
                .check(classes);
    }

    /**
     * No package depends on itself through others: the agents depend on interfaces they own
     * ({@code Front}, {@code Incidents}, {@code Statements}, {@code Tallies}, {@code Theatre}),
     * which ConflictModel implements, so model uses agents and never the other way round.
     */
    @Test
    void noCyclesBetweenPackages() {
        packagesOf("ceasefire").should().beFreeOfCycles().check(classes);
    }

    /** The rule above does catch a cycle: two fixture packages that import each other fail it. */
    @Test
    void theCycleRuleFailsOnACycle() {
        JavaClasses fixture = new ClassFileImporter().importPackages("ceasefire.archfixture");
        AssertionError e = assertThrows(AssertionError.class,
                () -> packagesOf("ceasefire.archfixture").should().beFreeOfCycles().check(fixture));
        assertTrue(e.getMessage().replaceAll("\\s+", " ").contains("Cycle detected: Slice one -> Slice two -> Slice one"), e.getMessage());
        // And it is the cycle that fails it: one direction alone passes.
        packagesOf("ceasefire.archfixture").should().beFreeOfCycles()
                .check(new ClassFileImporter().importClasses(ceasefire.archfixture.one.Ping.class));
    }

    /** One slice per package directly under {@code root} (sub-packages count as their parent's). */
    private static com.tngtech.archunit.library.dependencies.syntax.GivenSlices packagesOf(String root) {
        return slicesBy("packages directly under " + root, c -> {
            String p = c.getPackageName();
            if (!p.startsWith(root + ".")) {
                return p.equals(root) ? root : null;
            }
            return p.substring(root.length() + 1).split("\\.")[0];
        });
    }

    /** Slices named by {@code slice} (null: the class is in none). */
    private static com.tngtech.archunit.library.dependencies.syntax.GivenSlices slicesBy(String description,
            Function<JavaClass, String> slice) {
        return slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass c) {
                String name = slice.apply(c);
                return name == null ? SliceIdentifier.ignore() : SliceIdentifier.of(name);
            }

            @Override
            public String getDescription() {
                return description;
            }
        });
    }

    @Test
    void noCyclesBetweenTheModelsClasses() {
        // One slice per top-level class of model/ (nested classes count as their owner's).
        slicesBy("top-level classes of ceasefire.model", c -> {
            if (!c.getPackageName().equals("ceasefire.model")) {
                return null;
            }
            String name = c.getName().substring("ceasefire.model.".length());
            return name.contains("$") ? name.substring(0, name.indexOf('$')) : name;
        }).should().beFreeOfCycles().check(classes);
    }
}
