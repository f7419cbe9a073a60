package ceasefire.scenario;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Safe YAML parsing to a node tree that keeps line numbers. Only {@link Yaml#compose} is used:
 * no Java object is ever constructed from the text, so tags such as {@code !!java.net.URL}
 * cannot run code. Aliases, nesting and document size are limited.
 */
public final class YamlText {

    /** Largest scenario or sweep file accepted, in characters. */
    public static final int MAX_CHARS = 4 * 1024 * 1024;
    /** Most aliases ({@code *name}) a document may use; stops "billion laughs" documents. */
    public static final int MAX_ALIASES = 50;
    /** Deepest nesting accepted. */
    public static final int MAX_DEPTH = 40;

    private YamlText() {
    }

    /** Reads and parses a file; a missing or unreadable file is a {@link ScenarioException}. */
    public static Node parseFile(Path file, String label) throws ScenarioException {
        String text;
        try {
            if (Files.isDirectory(file)) {
                throw new ScenarioException(new Problem(label, 0, "", "is a directory, not a YAML file"));
            }
            long size = Files.size(file);
            if (size > MAX_CHARS) {
                throw new ScenarioException(new Problem(label, 0, "",
                        "file is " + size + " bytes; the limit is " + MAX_CHARS));
            }
            byte[] bytes = Files.readAllBytes(file);
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new ScenarioException(new Problem(label, 0, "", "file not found"));
        } catch (CharacterCodingException e) {
            throw new ScenarioException(new Problem(label, 0, "", "is not UTF-8 text"));
        } catch (IOException e) {
            throw new ScenarioException(new Problem(label, 0, "", "cannot be read: " + e.getMessage()));
        }
        return parse(text, label);
    }

    /** Parses YAML text; an empty document gives {@code null}. */
    public static Node parse(String text, String label) throws ScenarioException {
        Yaml yaml = new Yaml(options());
        try {
            return yaml.compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 0 : mark.getLine() + 1;
            String what = e.getProblem() == null ? "invalid YAML" : e.getProblem();
            String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
            throw new ScenarioException(new Problem(label, line, "", "YAML syntax error: " + what + context));
        } catch (YAMLException e) {
            throw new ScenarioException(new Problem(label, 0, "", "YAML error: " + firstLine(e.getMessage())));
        }
    }

    /** Parses a value given on the command line ({@code --set path=value}). */
    public static Node parseValue(String text, String label) throws ScenarioException {
        Node node = parse(text, label);
        if (node == null) {
            throw new ScenarioException(List.of(new Problem(label, 0, "", "has no value after '='")));
        }
        return node;
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CHARS);
        options.setProcessComments(false);
        return options;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown problem";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
