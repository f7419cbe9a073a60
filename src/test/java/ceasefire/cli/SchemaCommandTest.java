package ceasefire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.TestFiles;
import ceasefire.scenario.ScenarioDocument;
import ceasefire.scenario.ScenarioException;
import ceasefire.scenario.ScenarioSchema;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The committed JSON Schema is the registry's, every shipped scenario passes it under a real
 * draft-07 validator (networknt's, as editors would check it), and a set of broken files is
 * refused by the schema and by {@code validate} alike.
 */
class SchemaCommandTest {

    private static final Path COMMITTED = TestFiles.root().resolve(ScenarioSchema.PATH);
    private static final Path BROKEN = TestFiles.testScenario("broken-for-schema");
    private static final String REGEN = "./ceasefire schema --out " + ScenarioSchema.PATH + " --force";

    private static Schema schema;

    @BeforeAll
    static void loadTheCommittedSchema() throws IOException {
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(Files.readString(COMMITTED), InputFormat.JSON);
    }

    @Test
    void theCommittedSchemaIsTheRegistrysSchema() throws IOException {
        assertTrue(Files.isRegularFile(COMMITTED), COMMITTED + " is missing; generate it with: " + REGEN);
        assertTrue(Files.readString(COMMITTED).equals(SchemaCommand.text()),
                ScenarioSchema.PATH + " is out of date with scenario/ParameterRegistry; regenerate it with\n  " + REGEN
                        + "\nand commit it with the change to the registry.");
    }

    @Test
    void everyShippedScenarioPassesTheSchema() throws IOException {
        List<Path> files = scenarios();
        assertTrue(files.size() >= 3);
        for (Path file : files) {
            List<Error> errors = schema.validate(toJson(file));
            assertTrue(errors.isEmpty(), () -> file + " fails the schema: " + errors);
        }
    }

    @Test
    void everyShippedScenarioNamesTheSchemaOnItsFirstLine() throws IOException {
        for (Path file : scenarios()) {
            Path relative = file.getParent().relativize(COMMITTED);
            String expected = "# yaml-language-server: $schema=" + relative.toString().replace('\\', '/');
            assertEquals(expected, Files.readAllLines(file).get(0), file.toString());
            assertTrue(Files.isRegularFile(file.getParent().resolve(relative)), "the path resolves from " + file);
        }
    }

    @Test
    void brokenFilesAreRefusedByTheSchemaAndByValidate() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(BROKEN)) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 8, "the set of broken files: " + files);
        List<String> wrong = new ArrayList<>();
        for (Path file : files) {
            if (schema.validate(toJson(file)).isEmpty()) {
                wrong.add(file.getFileName() + " passes the schema");
            }
            try {
                ScenarioDocument.load(file).bind();
                wrong.add(file.getFileName() + " passes validation");
            } catch (ScenarioException expected) {
                // refused, as it should be
            }
            Cli.Result r = Cli.run("validate", file.toString());
            if (r.exit() != Main.BAD_INPUT || !r.noStackTrace()) {
                wrong.add(file.getFileName() + ": validate exited " + r.exit() + "\n" + r.err());
            }
        }
        assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
        // The base they are made from is valid, so each file's one change is what is refused.
        assertTrue(schema.validate(toJson(TestFiles.tiny())).isEmpty(), "tiny.yaml passes the schema");
    }

    @Test
    void theCommandPrintsOrWritesTheSchemaAndReplacesADifferentFileOnlyWithForce(@TempDir Path tmp) throws IOException {
        Cli.Result printed = Cli.run("schema");
        assertEquals(0, printed.exit());
        assertEquals(SchemaCommand.text(), printed.out());

        Path out = tmp.resolve("sub/scenario.schema.json");
        Cli.Result wrote = Cli.run("schema", "--out", out.toString());
        assertEquals(0, wrote.exit(), wrote.err());
        assertEquals(SchemaCommand.text(), Files.readString(out));

        Files.writeString(out, "{}\n");
        Cli.Result refused = Cli.run("schema", "--out", out.toString());
        assertEquals(Main.BAD_INPUT, refused.exit());
        assertTrue(refused.err().contains("add --force"), refused.err());
        assertEquals("{}\n", Files.readString(out), "nothing is overwritten without --force");
        assertEquals(0, Cli.run("schema", "--out", out.toString(), "--force").exit());
        assertEquals(SchemaCommand.text(), Files.readString(out));
    }

    @Test
    void theSchemaRefusesWhatTheRegistryRefuses() {
        // A spot check of the generated constraints, through the validator.
        String base = "map: {legend: {'.': {terrain: open, control: A}}, rows: ['..']}\nsides: {A: {}, B: {}}\n";
        assertTrue(errors(base).isEmpty(), () -> "minimal document: " + errors(base));
        assertFalse(errors(base + "mediator: {attention: 1.5}\n").isEmpty(), "a share above 1");
        assertFalse(errors(base + "escalation: {levels: {tension: 0}}\n").isEmpty(), "an exclusive minimum");
        String unlimited = base.replace("sides: {A: {}, B: {}}", "sides: {A: {weapons: {drones: {stock: null}}}, B: {}}");
        assertTrue(errors(unlimited).isEmpty(), "an empty stock means unlimited: " + errors(unlimited));
        assertFalse(errors(unlimited.replace("null", "-1")).isEmpty(), "a negative stock");
        assertFalse(errors(base + "timeline: [{day: 3, set: {run.days: 3}}]\n").isEmpty(), "a path fixed at the start");
        assertTrue(errors(base + "timeline: [{day: 3, set: {run.stop_on_collapse: true}}]\n").isEmpty(), "a live path");
        assertFalse(errors(base + "peacekeepers: {posts: {region: buffer}}\n").isEmpty(), "automatic posts need a count");
        assertTrue(errors(base + "peacekeepers: {posts: {count: 3}}\n").isEmpty());
    }

    private static List<Error> errors(String yaml) {
        return schema.validate(toJson(new Yaml(new LoaderOptions()).compose(new StringReader(yaml))));
    }

    // ---------------------------------------------------------------- YAML to JSON, as an editor reads it

    private static List<Path> scenarios() throws IOException {
        try (Stream<Path> list = Files.list(TestFiles.scenarios())) {
            return list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static JsonNode toJson(Path file) throws IOException {
        return toJson(new Yaml(new LoaderOptions()).compose(new StringReader(Files.readString(file))));
    }

    /**
     * A YAML tree as JSON: numbers, booleans and nulls by their YAML tags, everything else
     * (dates included) as text, which is how YAML editors hand a file to its schema.
     */
    static JsonNode toJson(Node node) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (node instanceof MappingNode m) {
            ObjectNode o = f.objectNode();
            for (NodeTuple t : m.getValue()) {
                o.set(((ScalarNode) t.getKeyNode()).getValue(), toJson(t.getValueNode()));
            }
            return o;
        }
        if (node instanceof SequenceNode s) {
            ArrayNode a = f.arrayNode();
            s.getValue().forEach(item -> a.add(toJson(item)));
            return a;
        }
        ScalarNode s = (ScalarNode) node;
        String v = s.getValue();
        Tag tag = s.getTag();
        if (tag.equals(Tag.INT)) {
            return f.numberNode(new BigInteger(v.replace("_", "")));
        }
        if (tag.equals(Tag.FLOAT)) {
            return f.numberNode(Double.parseDouble(v.replace("_", "")));
        }
        if (tag.equals(Tag.BOOL)) {
            return f.booleanNode(v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes") || v.equalsIgnoreCase("on"));
        }
        if (tag.equals(Tag.NULL)) {
            return f.nullNode();
        }
        return f.textNode(v);
    }
}
