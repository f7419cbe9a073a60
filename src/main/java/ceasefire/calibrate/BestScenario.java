package ceasefire.calibrate;

import ceasefire.scenario.Paths;
import ceasefire.scenario.Scenario;
import ceasefire.scenario.ScenarioDocument;
import ceasefire.scenario.ScenarioException;
import ceasefire.scenario.yaml.YamlEdit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the fitted scenario: the scenario file's own YAML tree (comments kept) with each fitted
 * value put in place at its path (added where the file left the default), checked by loading it
 * again and comparing every fitted value, so best.yaml always runs as it says.
 */
final class BestScenario {

    private BestScenario() {
    }

    static String write(CalibrationSpec spec, double[] best) throws IOException, ScenarioException {
        String original = Files.readString(spec.scenarioFile(), StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder();
        head.append("# Fitted by 'ceasefire calibrate ").append(spec.label()).append("' (").append(spec.method().id()).append(", ")
                .append(spec.objective().id()).append(") from ").append(spec.scenarioFile()).append(".\n");
        for (int i = 0; i < best.length; i++) {
            CalibrationSpec.FitParameter p = spec.parameters().get(i);
            head.append("#   ").append(p.path()).append(": ").append(p.text(best[i])).append("\n");
        }
        head.append("# See summary.json beside this file for the intervals and the goodness of fit.\n");
        for (boolean comments : new boolean[] {true, false}) {
            String body = substitute(original, spec, best, comments);
            String text = head + body;
            if (check(text, spec, best)) {
                return text;
            }
        }
        throw new IllegalStateException("the fitted scenario could not be written so that it loads with the fitted values");
    }

    private static String substitute(String text, CalibrationSpec spec, double[] best, boolean comments) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < best.length; i++) {
            CalibrationSpec.FitParameter p = spec.parameters().get(i);
            values.put(p.path(), p.text(best[i]));
        }
        return YamlEdit.withValues(text, values, comments);
    }

    private static boolean check(String text, CalibrationSpec spec, double[] best) {
        try {
            Scenario s = ScenarioDocument.parse(text, "best.yaml").bind();
            for (int i = 0; i < best.length; i++) {
                CalibrationSpec.FitParameter p = spec.parameters().get(i);
                Object v = s.parameters().get(Paths.canonical(p.path()));
                if (!(v instanceof Number n) || Math.abs(n.doubleValue() - Double.parseDouble(p.text(best[i]))) > 1e-12 * Math.max(1, Math.abs(n.doubleValue()))) {
                    return false;
                }
            }
            Scenario original = spec.document().bind();
            return Objects.equals(original.name(), s.name()) && original.timeline().size() == s.timeline().size();
        } catch (ScenarioException | RuntimeException e) {
            return false;
        }
    }
}
