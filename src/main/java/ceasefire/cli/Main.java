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
        subcommands = {RunCommand.class, ValidateCommand.class, SweepCommand.class, CompareCommand.class, BenchCommand.class, GuiCommand.class, CommandLine.HelpCommand.class})
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

    /** Reports the version stamped into the jar. */
    public static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"ceasefire " + Version.get()};
        }
    }
}
