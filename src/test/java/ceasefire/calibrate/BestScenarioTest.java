package ceasefire.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ceasefire.scenario.Scenario;
import ceasefire.scenario.ScenarioDocument;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Node;

/** Fitted values put into a scenario's YAML tree: in a list item, in place, and where the file left the default. */
class BestScenarioTest {

    @Test
    void valuesGoInPlaceInListsAndAsNewKeys() throws Exception {
        String text = ceasefire.TestFiles.read(ceasefire.TestFiles.tiny());
        LoaderOptions lo = new LoaderOptions();
        lo.setProcessComments(true);
        Node root = new Yaml(lo).compose(new StringReader(text));
        BestScenario.put(root, "sides.B.units[0].count", "7");
        BestScenario.put(root, "mediator.attention", "0.25");
        BestScenario.put(root, "dynamics.opportunity", "0.125");
        DumperOptions d = new DumperOptions();
        d.setProcessComments(true);
        StringWriter w = new StringWriter();
        new Yaml(d).serialize(root, w);
        Scenario s = ScenarioDocument.parse(w.toString(), "best.yaml").bind();
        assertEquals(7, s.parameters().get("sides.B.units[0].count"));
        assertEquals(0.25, ((Number) s.parameters().get("mediator.attention")).doubleValue());
        assertEquals(0.125, ((Number) s.parameters().get("dynamics.opportunity")).doubleValue());
        assertEquals("Tiny", s.name());
        assertEquals(1, s.timeline().size());
        assertEquals(true, w.toString().startsWith("# A tiny valid scenario"), "comments kept");
    }
}
