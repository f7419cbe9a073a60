package ceasefire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.output.OutputException;
import ceasefire.scenario.Problem;
import ceasefire.scenario.ScenarioException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The one exit-code mapping in {@link Main}: what any command lets through becomes the right code and message. */
class ExitCodeMappingTest {

    private record Mapped(int exit, String err) {
    }

    /** What the configured command line does with {@code ex} thrown by the command at {@code path}. */
    private static Mapped map(Exception ex, String... path) {
        CommandLine cl = Main.commandLine();
        for (String name : path) {
            cl = cl.getSubcommands().get(name);
        }
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        int exit;
        try {
            // The handler the configured command line uses, i.e. what every subcommand's exceptions go through.
            exit = cl.getExecutionExceptionHandler().handleExecutionException(ex, cl, null);
        } catch (Exception e) {
            throw new AssertionError("the handler threw instead of mapping", e);
        }
        return new Mapped(exit, err.toString());
    }

    @Test
    void anOutputExceptionFromAnyCommandIsBadInputWithItsMessageAndNoTrace() {
        for (List<String> path : List.of(List.of("run"), List.of("sweep"), List.of("sweep", "merge"), List.of("compare"), List.of("calibrate"))) {
            Mapped m = map(new OutputException("runs/x holds files this program did not write"), path.toArray(String[]::new));
            assertEquals(Main.BAD_INPUT, m.exit(), path.toString());
            assertEquals("ceasefire " + String.join(" ", path) + ": runs/x holds files this program did not write" + System.lineSeparator(), m.err());
        }
    }

    @Test
    void anOutputMessageIsPrintedWithItsControlCharactersEscaped() {
        Mapped m = map(new OutputException("bad\nname\u001b[31m"), "sweep", "merge");
        assertEquals(Main.BAD_INPUT, m.exit());
        assertFalse(m.err().contains("\u001b"), m.err());
        assertTrue(m.err().startsWith("ceasefire sweep merge: bad\\nname"), m.err());
    }

    @Test
    void aScenarioExceptionListsEveryProblemWithExitTwo() {
        Mapped m = map(new ScenarioException(List.of(new Problem("a.yaml", 3, "run.days", "-1 is not a number of days"),
                new Problem("--seed", 0, "", "x is not a whole number"))), "run");
        assertEquals(Main.BAD_INPUT, m.exit());
        assertTrue(m.err().contains("-1 is not a number of days"), m.err());
        assertTrue(m.err().contains("x is not a whole number"), m.err());
        assertTrue(m.err().contains("2 problems found."), m.err());
        assertFalse(m.err().contains("\tat "), m.err());
    }

    @Test
    void anythingElseIsAnInternalFaultWithItsTrace() {
        Mapped m = map(new IllegalStateException("boom"), "compare");
        assertEquals(Main.FAULT, m.exit());
        assertTrue(m.err().startsWith("ceasefire: internal error: java.lang.IllegalStateException: boom"), m.err());
        assertTrue(m.err().contains("\tat "), m.err());
    }
}
