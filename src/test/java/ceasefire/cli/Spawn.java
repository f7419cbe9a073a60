package ceasefire.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code ceasefire} in a JVM of its own, as a user's shell would (own heap, own exit, can be
 * killed with SIGKILL): for what an in-process run cannot show, such as {@code main}'s handling of
 * an OutOfMemoryError, a file-size limit, or a kill at a random moment.
 */
final class Spawn {

    private Spawn() {
    }

    /** The java command with this test run's class path, then {@code jvmOptions}, the main class and {@code args}. */
    static List<String> command(List<String> jvmOptions, String... args) {
        List<String> c = new ArrayList<>();
        c.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        c.add("-XX:-UsePerfData"); // no hsperfdata file: a file-size limit applies to every file written
        c.add("-Xshare:auto");
        c.addAll(jvmOptions);
        c.add("-cp");
        c.add(System.getProperty("java.class.path"));
        c.add(Main.class.getName());
        c.addAll(List.of(args));
        return c;
    }

    /** Starts the command with stdout and stderr going to files in {@code logs}. */
    static Process start(Path logs, List<String> command) throws IOException {
        Files.createDirectories(logs);
        return new ProcessBuilder(command).redirectOutput(logs.resolve("out.txt").toFile()).redirectError(logs.resolve("err.txt").toFile())
                .start();
    }

    /** Runs to the end (or fails the test after {@code seconds}). */
    static Cli.Result run(Path logs, int seconds, List<String> command) throws IOException, InterruptedException {
        Process p = start(logs, command);
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("still running after " + seconds + " s: " + String.join(" ", command));
        }
        return new Cli.Result(p.exitValue(), Files.readString(logs.resolve("out.txt")), Files.readString(logs.resolve("err.txt")));
    }
}
