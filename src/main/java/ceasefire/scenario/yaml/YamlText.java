package ceasefire.scenario.yaml;

import ceasefire.scenario.Limits;
import ceasefire.scenario.Printable;
import ceasefire.scenario.Problem;
import ceasefire.scenario.ScenarioException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Safe YAML parsing to a node tree that keeps line numbers. Only {@link Yaml#compose} is used:
 * no Java object is ever constructed from the text, so tags such as {@code !!java.net.URL}
 * cannot run code. Every input is bounded before it is composed (see {@link Limits}): the file's
 * bytes (read through a stream that stops at the limit, whatever size the file reports), its line
 * length, its nesting, and its size once aliases are expanded, so that a small file cannot ask for
 * a large tree. Each refusal names the line where the limit was passed.
 */
public final class YamlText {

    private YamlText() {
    }

    /** Reads and parses a file; a missing, unreadable or oversized file is a {@link ScenarioException}. */
    public static YamlNode parseFile(Path file, String label) throws ScenarioException {
        return parse(readFile(file, label), label);
    }

    /**
     * Reads a file as UTF-8 text within {@link Limits#MAX_FILE_BYTES}. Only regular files are
     * read: a device ({@code /dev/zero}) reports no size and never ends, a named pipe blocks.
     */
    public static String readFile(Path file, String label) throws ScenarioException {
        if (file.toString().isEmpty()) {
            throw new ScenarioException(new Problem("''", 0, "", "no file name given (the path is empty)"));
        }
        byte[] bytes;
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                throw new ScenarioException(new Problem(label, 0, "", "is a directory, not a YAML file"));
            }
            if (!attributes.isRegularFile()) {
                throw new ScenarioException(new Problem(label, 0, "", "is not a regular file (a device, pipe or socket); give a YAML file"));
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(Limits.MAX_FILE_BYTES + 1);
            }
        } catch (NoSuchFileException e) {
            throw new ScenarioException(new Problem(label, 0, "", "file not found"));
        } catch (IOException e) {
            String reason = e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
            throw new ScenarioException(new Problem(label, 0, "", "cannot be read: " + reason));
        }
        if (bytes.length > Limits.MAX_FILE_BYTES) {
            throw new ScenarioException(new Problem(label, 0, "", "is larger than the limit of " + Limits.count(Limits.MAX_FILE_BYTES)
                    + " bytes (4 MiB); see SECURITY.md"));
        }
        return decode(bytes, label);
    }

    /** Strict UTF-8: the first byte that is not names its line. */
    static String decode(byte[] bytes, String label) throws ScenarioException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new ScenarioException(new Problem(label, line, "", String.format(java.util.Locale.ROOT,
                    "is not UTF-8 text: byte 0x%02x at byte offset %d cannot be read; save the file as UTF-8", bytes[offset] & 0xff, offset)));
        }
        out.flip();
        return out.toString();
    }

    /** Parses YAML text; an empty document gives {@code null}. */
    public static YamlNode parse(String text, String label) throws ScenarioException {
        return YamlNode.of(compose(text, label));
    }

    private static Node compose(String text, String label) throws ScenarioException {
        checkLines(text, label);
        Yaml yaml = new Yaml(options());
        try {
            checkEvents(yaml, text, label);
            return yaml.compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 0 : mark.getLine() + 1;
            String what = e.getProblem() == null ? "invalid YAML" : e.getProblem();
            String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
            throw new ScenarioException(new Problem(label, line, "", "YAML syntax error: " + what + context));
        } catch (ReaderException e) {
            throw new ScenarioException(new Problem(label, lineAt(text, e.getPosition()), "", String.format(java.util.Locale.ROOT,
                    "YAML error: the character U+%04X is not allowed in YAML text (a control character); remove it", e.getCodePoint())));
        } catch (YAMLException e) {
            throw new ScenarioException(new Problem(label, 0, "", "YAML error: " + firstLine(e.getMessage())));
        }
    }

    /** Parses a value given on the command line ({@code --set path=value}). */
    public static YamlNode parseValue(String text, String label) throws ScenarioException {
        YamlNode node = parse(text, label);
        if (node == null) {
            throw new ScenarioException(List.of(new Problem(label, 0, "", "has no value after '='")));
        }
        return node;
    }

    /** Refuses a line longer than {@link Limits#MAX_LINE_CHARS} before the parser spends time and memory on it. */
    private static void checkLines(String text, String label) throws ScenarioException {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - start > Limits.MAX_LINE_CHARS) {
                    throw new ScenarioException(new Problem(label, line, "", "the line is " + Limits.count(i - start)
                            + " characters long; the limit is " + Limits.count(Limits.MAX_LINE_CHARS) + " (see SECURITY.md)"));
                }
                line++;
                start = i + 1;
            }
        }
    }

    /** Sizes of a subtree once expanded: characters of its scalars and its nodes. */
    private static final class Frame {
        final String anchor;
        long chars;
        long nodes = 1;

        Frame(String anchor) {
            this.anchor = anchor;
        }
    }

    /**
     * One pass over the parser's events, before any node is built: nesting depth, aliases to
     * collections, and the document's size with every alias counted as the subtree it stands for
     * (an alias to a 20,000-character value, used 10,000 times, is 200 million characters). An
     * alias to a collection that is still open would make the tree cyclic and is refused too.
     */
    private static void checkEvents(Yaml yaml, String text, String label) throws ScenarioException {
        Map<String, long[]> anchors = new HashMap<>();
        Map<String, Boolean> collection = new HashMap<>();
        Deque<Frame> open = new ArrayDeque<>();
        long chars = 0;
        long nodes = 0;
        int collectionAliases = 0;
        for (Event e : yaml.parse(new StringReader(text))) {
            long addChars;
            long addNodes;
            if (e instanceof ScalarEvent s) {
                addChars = s.getValue().length();
                addNodes = 1;
                if (s.getAnchor() != null) {
                    anchors.put(s.getAnchor(), new long[] {addChars, 1});
                    collection.put(s.getAnchor(), false);
                }
            } else if (e instanceof AliasEvent a) {
                String name = a.getAnchor();
                for (Frame f : open) {
                    if (name.equals(f.anchor)) {
                        throw located(label, e, "the alias *" + Printable.of(name, 80) + " refers to a list or section that contains it");
                    }
                }
                long[] size = anchors.get(name);
                if (size == null) {
                    // SnakeYAML's composer names an undefined alias with its line; let it.
                    continue;
                }
                if (collection.get(name) && ++collectionAliases > Limits.MAX_ALIASES) {
                    throw located(label, e, "more than " + Limits.MAX_ALIASES + " aliases to lists or sections; the limit stops documents "
                            + "that expand to far more than they show (see SECURITY.md)");
                }
                addChars = size[0];
                addNodes = size[1];
            } else if (e instanceof CollectionStartEvent c) {
                if (open.size() >= Limits.MAX_DEPTH) {
                    throw located(label, e, "lists and sections are nested more than " + Limits.MAX_DEPTH + " levels deep");
                }
                open.push(new Frame(c.getAnchor()));
                nodes++;
                check(label, e, chars, nodes);
                continue;
            } else if (e instanceof CollectionEndEvent) {
                Frame done = open.pop();
                if (done.anchor != null) {
                    anchors.put(done.anchor, new long[] {done.chars, done.nodes});
                    collection.put(done.anchor, true);
                }
                if (!open.isEmpty()) {
                    open.peek().chars += done.chars;
                    open.peek().nodes += done.nodes;
                }
                continue;
            } else {
                continue;
            }
            if (!open.isEmpty()) {
                open.peek().chars += addChars;
                open.peek().nodes += addNodes;
            }
            chars += addChars;
            nodes += addNodes;
            check(label, e, chars, nodes);
        }
    }

    private static void check(String label, Event e, long chars, long nodes) throws ScenarioException {
        if (chars > Limits.MAX_EXPANDED_CHARS) {
            throw located(label, e, "with its aliases expanded, the document passes " + Limits.count(Limits.MAX_EXPANDED_CHARS)
                    + " characters here; the limit keeps a small file from asking for a large tree (see SECURITY.md)");
        }
        if (nodes > Limits.MAX_EXPANDED_NODES) {
            throw located(label, e, "with its aliases expanded, the document passes " + Limits.count(Limits.MAX_EXPANDED_NODES)
                    + " values here; the limit keeps a small file from asking for a large tree (see SECURITY.md)");
        }
    }

    private static ScenarioException located(String label, Event e, String message) {
        int line = e.getStartMark() == null ? 0 : e.getStartMark().getLine() + 1;
        return new ScenarioException(new Problem(label, line, "", "YAML error: " + message));
    }

    private static int lineAt(String text, int position) {
        int line = 1;
        for (int i = 0; i < Math.min(position, text.length()); i++) {
            line += text.charAt(i) == '\n' ? 1 : 0;
        }
        return line;
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        // The event pass above enforces these with line numbers; SnakeYAML's own checks stay as a second guard.
        options.setMaxAliasesForCollections(Limits.MAX_ALIASES + 1);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(Limits.MAX_DEPTH + 1);
        options.setCodePointLimit(Limits.MAX_FILE_BYTES);
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
