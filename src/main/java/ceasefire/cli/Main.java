package ceasefire.cli;

import ceasefire.Version;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ceasefire} command: run scenarios headless, validate them, watch them in the GUI,
 * sweep parameters and compare results. Exit codes: 0 success, 1 internal fault, 2 bad input,
 * 3 a sweep that finished with failed runs.
 */
@Command(name = "ceasefire", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Agent-based simulator of ceasefire breakdown and escalation.",
        subcommands = {RunCommand.class, ValidateCommand.class, SweepCommand.class, CompareCommand.class, BenchCommand.class, GuiCommand.class,
                FactsCommand.class, CalibrateCommand.class, SchemaCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Exit code for bad input (picocli's usage code). */
    public static final int BAD_INPUT = 2;
    /** Exit code for an internal fault. */
    public static final int FAULT = 1;
    /** Exit code of a sweep (or {@code run --replications}) that finished with failed runs. */
    public static final int FAILED_RUNS = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        int code;
        try {
            code = commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            // Thrown past picocli, which handles exceptions only; the stack is unwound, so there is memory to say so.
            code = outOfMemory(new PrintWriter(System.err, true));
        }
        System.exit(code);
    }

    /**
     * What to do when the heap is too small: how much Java may use now and how to give it more.
     * Exit code 1 (the input was valid; the machine could not run it as configured).
     */
    static int outOfMemory(PrintWriter err) {
        long mb = Runtime.getRuntime().maxMemory() >> 20;
        err.println("ceasefire: out of memory: this needs more than the " + mb + " MB Java may use here.");
        err.println("Give Java more memory, e.g. CEASEFIRE_JAVA_OPTS=-Xmx" + suggestedGigabytes(mb) + "g ./ceasefire ... "
                + "(or java -Xmx" + suggestedGigabytes(mb) + "g -jar target/ceasefire.jar ...),");
        err.println("or make the scenario smaller: fewer units, a smaller map, fewer days (SECURITY.md lists the limits).");
        err.flush();
        return FAULT;
    }

    /** Twice the current heap, in whole gigabytes, at least 2. */
    static long suggestedGigabytes(long currentMb) {
        return Math.max(2, (2 * currentMb + 1023) / 1024);
    }

    /**
     * A disk or folder that refuses to be written (read-only, full, no permission) is the user's
     * environment, not a fault of the program: exit 2 with the reason, and what to do next.
     */
    public static int cannotWrite(PrintWriter err, String command, java.nio.file.Path dir, java.io.IOException e, String next) {
        err.println(command + ": cannot write to " + ceasefire.scenario.Printable.of(String.valueOf(dir)) + ": " + ioReason(e)
                + " (the disk may be full or read-only, or the folder not writable)");
        if (!next.isEmpty()) {
            err.println(next);
        }
        err.flush();
        return BAD_INPUT;
    }

    static String ioReason(java.io.IOException e) {
        String reason = e instanceof java.nio.file.FileSystemException f && f.getReason() != null
                ? (f.getFile() == null ? "" : f.getFile() + ": ") + f.getReason()
                : e instanceof java.nio.file.FileSystemException f ? f.getFile() + ": " + f.getClass().getSimpleName().replace("Exception", "")
                : String.valueOf(e.getMessage());
        // Libraries wrap the system's reason (JFreeChart: "I/O error writing PNG file!"); the reason is what helps.
        if (e.getCause() instanceof java.io.IOException cause && cause != e) {
            reason = reason + ": " + ioReason(cause);
        }
        return ceasefire.scenario.Printable.of(reason, 500);
    }

    /** The configured command line (tests call {@code execute} on it). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.registerConverter(Long.class, text -> wholeNumber(text, Long.MIN_VALUE, Long.MAX_VALUE));
        cl.registerConverter(long.class, text -> wholeNumber(text, Long.MIN_VALUE, Long.MAX_VALUE));
        cl.registerConverter(Integer.class, text -> (int) wholeNumber(text, Integer.MIN_VALUE, Integer.MAX_VALUE));
        cl.registerConverter(int.class, text -> (int) wholeNumber(text, Integer.MIN_VALUE, Integer.MAX_VALUE));
        cl.setParameterExceptionHandler(Main::badCommandLine);
        cl.setExecutionExceptionHandler(Main::failed);
        return cl;
    }

    /**
     * The one exit-code mapping for what a command throws: a bad scenario, sweep or calibration
     * file (every problem listed) and an output folder that cannot be used ({@code ceasefire
     * <command>: <why>}) are bad input, exit 2; a disk that refuses is exit 2 too; anything else is
     * a fault of the program, exit 1, with its trace. Commands let these exceptions through
     * instead of catching them one by one.
     */
    static int failed(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (ex instanceof ceasefire.scenario.ScenarioException e) {
            return Problems.report(err, e);
        }
        if (ex instanceof ceasefire.output.OutputException e) {
            err.println(commandLine.getCommandSpec().qualifiedName() + ": " + ceasefire.scenario.Printable.of(e.getMessage()));
            err.flush();
            return BAD_INPUT;
        }
        if (ex instanceof java.io.IOException io) {
            // Reading and writing files fails for reasons of the machine (a full or read-only disk), not of the program.
            err.println("ceasefire " + commandLine.getCommandName() + ": " + ioReason(io)
                    + " (the disk may be full or read-only, or a file not readable or writable)");
            err.flush();
            return BAD_INPUT;
        }
        err.println("ceasefire: internal error: " + ex);
        err.println("This is a fault in the program, not in your input; please report it with the trace below.");
        ex.printStackTrace(err);
        err.flush();
        return FAULT;
    }

    /**
     * A mistake on the command line, told like every other bad input: what is wrong, a likely
     * correction when there is one, and where to look, with exit code 2 (not the whole usage
     * text, which buries the one line that matters).
     */
    static int badCommandLine(CommandLine.ParameterException ex, String[] args) {
        CommandLine c = ex.getCommandLine();
        PrintWriter err = c.getErr();
        String command = c.getCommandSpec().qualifiedName();
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String first = u.getUnmatched().stream().filter(a -> a.startsWith("-")).findFirst().orElse(u.getUnmatched().get(0));
            boolean option = first.startsWith("-");
            boolean subcommand = !option && !c.getSubcommands().isEmpty();
            String what = option ? "unknown option '" + first + "'" : subcommand ? "unknown command '" + first + "'"
                    : "unexpected argument '" + first + "'";
            // The same nearest-name rule as for scenario keys, over the commands or options that exist.
            java.util.Collection<String> known = option ? c.getCommandSpec().optionsMap().keySet() : c.getSubcommands().keySet();
            String hint = option || subcommand ? ceasefire.scenario.Names.didYouMean(first.split("=", 2)[0], known) : "";
            err.println(command + ": " + what + hint);
        } else {
            err.println(command + ": " + ex.getMessage());
        }
        err.println("See '" + command + " --help'.");
        err.flush();
        return BAD_INPUT;
    }

    private static long wholeNumber(String text, long min, long max) {
        try {
            long v = Long.parseLong(text.trim());
            if (v < min || v > max) {
                throw new CommandLine.TypeConversionException("'" + text + "' is too large (expected " + min + " to " + max + ")");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a whole number");
        }
    }

    /** Reports the version stamped into the jar. */
    public static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"ceasefire " + Version.get()};
        }
    }
}
