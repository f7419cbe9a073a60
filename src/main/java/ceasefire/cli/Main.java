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

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line (tests call {@code execute} on it). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.registerConverter(Long.class, text -> wholeNumber(text, Long.MIN_VALUE, Long.MAX_VALUE));
        cl.registerConverter(long.class, text -> wholeNumber(text, Long.MIN_VALUE, Long.MAX_VALUE));
        cl.registerConverter(Integer.class, text -> (int) wholeNumber(text, Integer.MIN_VALUE, Integer.MAX_VALUE));
        cl.registerConverter(int.class, text -> (int) wholeNumber(text, Integer.MIN_VALUE, Integer.MAX_VALUE));
        cl.setParameterExceptionHandler(Main::badCommandLine);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("ceasefire: internal error: " + ex);
            err.println("This is a fault in the program, not in your input; please report it with the trace below.");
            ex.printStackTrace(err);
            err.flush();
            return FAULT;
        });
        return cl;
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
