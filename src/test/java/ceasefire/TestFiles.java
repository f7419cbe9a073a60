package ceasefire;

import ceasefire.scenario.Overrides;
import ceasefire.scenario.Scenario;
import ceasefire.scenario.ScenarioDocument;
import ceasefire.scenario.ScenarioException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where test inputs live, and loading helpers that fail loudly. */
public final class TestFiles {

    private TestFiles() {
    }

    /** The repository root (tests run with it as the working directory). */
    public static Path root() {
        return Path.of("").toAbsolutePath();
    }

    public static Path scenarios() {
        return root().resolve("scenarios");
    }

    public static Path flagship() {
        return scenarios().resolve("nagorno-karabakh-2022.yaml");
    }

    public static Path testScenario(String name) {
        return root().resolve("src/test/resources/scenarios").resolve(name);
    }

    public static Path tiny() {
        return testScenario("tiny.yaml");
    }

    /** Loads a scenario that must be valid; a problem fails the test with every message. */
    public static Scenario load(Path file, String... sets) {
        try {
            return ScenarioDocument.load(file).bind(Overrides.parse(List.of(sets)));
        } catch (ScenarioException e) {
            throw new AssertionError("scenario should be valid but:\n" + e.getMessage(), e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
