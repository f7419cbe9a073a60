package ceasefire.scenario;

import java.util.Objects;

/**
 * One thing wrong with a scenario or sweep file: where it is (source, line, key path) and what
 * was expected. Rendered as {@code scenarios/x.yaml:42: sides.A.discipline: 1.4 is outside [0, 1]}.
 *
 * @param source the file (as the user named it) or {@code --set} for a command-line override
 * @param line   1-based line in {@code source}, or 0 when unknown
 * @param path   key path such as {@code sides.A.units[0].count}, or empty for the whole file
 * @param message what is wrong and what was expected
 */
public record Problem(String source, int line, String path, String message) {

    public Problem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0, was " + line);
        }
    }

    /** What a {@link #notKept} entry's message starts with. */
    private static final String NOT_KEPT = "and more problems, not kept: ";

    /**
     * The entry that stands for {@code count} problems found but not kept in memory (past
     * {@link Limits#MAX_PROBLEMS_KEPT}); {@link #notKeptCount} reads the count back.
     */
    public static Problem notKept(String source, int count) {
        return new Problem(source, 0, "", NOT_KEPT + count);
    }

    /** The count of a {@link #notKept} entry; 0 for any other problem. */
    public int notKeptCount() {
        return line == 0 && path.isEmpty() && message.startsWith(NOT_KEPT) ? Integer.parseInt(message.substring(NOT_KEPT.length())) : 0;
    }

    /**
     * The one-line form shown to users. Every part may come from the input (a file name, a key, an
     * echoed value), so control characters are escaped and long parts cut: one problem is always
     * exactly one line on the terminal.
     */
    public String format() {
        StringBuilder sb = new StringBuilder(Printable.of(source, 500));
        // A value given on the command line (--set, --seed) has no line to point at, even when
        // its YAML text was parsed on a line 1 of its own.
        if (line > 0 && !source.startsWith("--")) {
            sb.append(':').append(line);
        }
        sb.append(": ");
        if (!path.isEmpty()) {
            sb.append(Printable.of(path, 500)).append(": ");
        }
        return sb.append(Printable.of(message)).toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
