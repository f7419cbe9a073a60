package ceasefire.scenario;

/**
 * The bounds every input is held to, in one place: the files given to the program are not
 * trusted, so the work and memory they can ask for are capped before anything is built from
 * them. SECURITY.md lists them for users; {@code HostileInputTest} runs the commands on files
 * that break several of them.
 */
public final class Limits {

    /** Largest scenario or sweep file read, in bytes (whatever size the file system reports). */
    public static final int MAX_FILE_BYTES = 4 * 1024 * 1024;
    /** Longest line of a YAML file, in characters. */
    public static final int MAX_LINE_CHARS = 20_000;
    /** Most characters of all scalars of a document once its aliases are expanded. */
    public static final long MAX_EXPANDED_CHARS = 8_000_000;
    /** Most nodes (values, lists, sections) of a document once its aliases are expanded. */
    public static final long MAX_EXPANDED_NODES = 1_000_000;
    /** Most aliases ({@code *name}) to a list or section in one document ("billion laughs"). */
    public static final int MAX_ALIASES = 50;
    /** Deepest nesting of lists and sections. */
    public static final int MAX_DEPTH = 40;
    /** Most cells of a map (width times height). */
    public static final long MAX_CELLS = 1_000_000;
    /** Most units of both sides together, at the start plus every reinforcement. */
    public static final long MAX_UNITS = 1_000_000;
    /** Most peacekeeping troops, at the start plus every reinforcement. */
    public static final long MAX_PEACEKEEPERS = 10_000_000;
    /**
     * Largest day, unit strength, map rectangle corner or size, units advancing or strikes of one
     * scenario value; the readers hold values to it and the JSON Schema states the same bound.
     */
    public static final int MAX_WHOLE = 1_000_000;
    /** Most units of one group, reinforcement or withdrawal, and most peacekeepers one event sends or recalls. */
    public static final int MAX_GROUP = 10_000_000;
    /** Most problems printed for one file; the rest are counted ("and N more"). */
    public static final int MAX_PROBLEMS_SHOWN = 200;
    /** Most problems kept in memory for one file while reading it. */
    public static final int MAX_PROBLEMS_KEPT = 10_000;
    /** Longest value echoed back in a message, in characters; longer ones are cut. */
    public static final int MAX_ECHOED_VALUE = 80;
    /** Longest problem line printed, in characters. */
    public static final int MAX_MESSAGE_CHARS = 2_000;

    private Limits() {
    }

    /** {@code n} with thousands separators, as limits are written in messages: 1,000,000. */
    public static String count(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }
}
