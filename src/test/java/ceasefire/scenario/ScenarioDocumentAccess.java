package ceasefire.scenario;

import java.util.List;

/** Lets tests in other packages bind scenario text, failing loudly on problems. */
public final class ScenarioDocumentAccess {

    private ScenarioDocumentAccess() {
    }

    public static Scenario bind(String text, String... sets) {
        try {
            return ScenarioDocument.parse(text, "test.yaml").bind(Overrides.parse(List.of(sets)));
        } catch (ScenarioException e) {
            throw new AssertionError("scenario should be valid but:\n" + e.getMessage(), e);
        }
    }
}
