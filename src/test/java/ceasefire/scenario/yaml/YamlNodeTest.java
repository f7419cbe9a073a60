package ceasefire.scenario.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.scenario.ScenarioException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the YAML layer tells of a parsed value: its kind, text, line, items, entries and plain form. */
class YamlNodeTest {

    private static final String TEXT = """
            name: Test
            days: 30
            share: 0.25
            on: true
            empty:
            list: [a, 2]
            rows: |
              ab
              ba
            folded: >
              one
            section:
              key: value
            """;

    private static YamlNode value(YamlNode root, String key) {
        return root.entries().stream().filter(e -> e.key().text().equals(key)).findFirst().orElseThrow().value();
    }

    @Test
    void kindsTextAndLines() throws ScenarioException {
        YamlNode root = YamlText.parse(TEXT, "t.yaml");
        assertTrue(root.isSection());
        assertTrue(root.hasKey("days"));
        assertFalse(root.hasKey("Days"));
        YamlNode days = value(root, "days");
        assertTrue(days.isScalar());
        assertEquals("30", days.text());
        assertEquals(2, days.line());
        assertTrue(value(root, "empty").isNull());
        assertEquals("nothing", value(root, "empty").describe());
        YamlNode list = value(root, "list");
        assertTrue(list.isList());
        assertEquals("sequence", list.text(), "a list's text is its YAML kind, as overrides show it");
        assertEquals(List.of("a", "2"), list.items().stream().map(YamlNode::text).toList());
        assertEquals("a list", list.describe());
        assertTrue(value(root, "rows").isLiteralBlock());
        assertEquals("ab\nba\n", value(root, "rows").text());
        assertTrue(value(root, "folded").isFoldedBlock());
        assertEquals("a section", value(root, "section").describe());
        assertEquals("'Test'", value(root, "name").describe());
        assertNull(YamlText.parse("", "empty.yaml"), "an empty document has no value");
    }

    @Test
    void plainValuesFollowTheYamlTypes() throws ScenarioException {
        YamlNode root = YamlText.parse(TEXT, "t.yaml");
        assertEquals(30L, value(root, "days").plain());
        assertEquals(0.25, value(root, "share").plain());
        assertEquals(true, value(root, "on").plain());
        assertNull(value(root, "empty").plain());
        assertEquals(List.of("a", 2L), value(root, "list").plain());
        assertEquals(Map.of("key", "value"), value(root, "section").plain());
    }

    @Test
    void computedNumbersAreTypedAndKeepTheirPlace() throws ScenarioException {
        assertEquals(7L, YamlNode.number("7", true).plain());
        assertEquals(0.5, YamlNode.number("0.5", false).plain());
        assertEquals(0, YamlNode.number("7", true).line(), "written on no line");
        YamlNode share = value(YamlText.parse(TEXT, "t.yaml"), "share");
        YamlNode scaled = share.numberHere("0.125", false);
        assertEquals(share.line(), scaled.line());
        assertEquals(0.125, scaled.plain());
    }

    @Test
    void editsKeepTheRestOfTheDocument() {
        String edited = YamlEdit.withValues("# note\na:\n  b: 1\nc: [1, 2]\n", Map.of("a.b", "2", "c[1]", "5", "d.e", "x"), true);
        assertTrue(edited.startsWith("# note"), edited);
        assertTrue(edited.contains("b: 2") && edited.contains("c: [1, 5]") && edited.contains("d:\n  e: x"), edited);
    }
}
