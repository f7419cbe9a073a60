package ceasefire.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the command line in-process, capturing exit code, stdout and stderr. */
final class Cli {

    record Result(int exit, String out, String err) {
        /** No Java stack trace reached the user. */
        boolean noStackTrace() {
            return !err.contains("\tat ") && !err.contains("Exception") && !out.contains("\tat ");
        }
    }

    private Cli() {
    }

    static Result run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }
}
