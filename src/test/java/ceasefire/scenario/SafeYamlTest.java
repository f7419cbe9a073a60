package ceasefire.scenario;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.TestFiles;
import ceasefire.scenario.yaml.YamlText;
import org.junit.jupiter.api.Test;

/** YAML is read safely: no Java objects from tags, limits on aliases and size. */
class SafeYamlTest {

    @Test
    void javaTagsAreNeverConstructed() {
        // An unsafe loader would build a URL (or worse) from this; ours refuses the tag outright.
        String text = TestFiles.read(TestFiles.tiny()).replace("name: Tiny", "name: !!java.net.URL [\"http://example.invalid\"]");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioDocument.parse(text, "tag.yaml").bind());
        assertTrue(e.getMessage().startsWith("tag.yaml:2: ") && e.getMessage().contains("Global tag is not allowed"), e::getMessage);
    }

    @Test
    void aliasBombsAreRefused() {
        StringBuilder sb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'k'; c++) {
            sb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                sb.append(i == 0 ? "" : ", ").append('*').append(prev);
            }
            sb.append("]\n");
            prev = c;
        }
        ScenarioException e = assertThrows(ScenarioException.class, () -> YamlText.parse(sb.toString(), "bomb.yaml"));
        assertTrue(e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("alias"), e::getMessage);
    }

    @Test
    void mergeKeysAreReportedNotSilentlyIgnored() {
        String text = TestFiles.read(TestFiles.tiny()).replace("mediator:\n  attention: 0.9", "mediator:\n  <<: {attention: 0.5}\n  attention: 0.9");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioDocument.parse(text, "merge.yaml").bind());
        assertTrue(e.getMessage().contains("merge keys (<<) are not supported"), e::getMessage);
    }
}
