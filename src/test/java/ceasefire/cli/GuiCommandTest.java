package ceasefire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ceasefire gui} from the outside: its options, its errors and exit codes, and what it loads. */
class GuiCommandTest {

    static final String FLAGSHIP = "scenarios/nagorno-karabakh-2022.yaml";

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private static Result execute(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** Runs the program in a fresh JVM (extra JVM options first), without a display. */
    private static Result subprocess(List<String> jvm, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvm);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("DISPLAY");
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the subprocess should end");
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void helpNamesTheOptions() {
        Result r = execute("gui", "--help");
        assertEquals(0, r.code());
        for (String option : List.of("SCENARIO", "--seed", "--set", "--steps", "--snapshot")) {
            assertTrue(r.out().contains(option), option + " in\n" + r.out());
        }
    }

    @Test
    void aMissingScenarioIsBadInputNamingTheFile() {
        Result r = execute("gui", "no-such-scenario.yaml");
        assertEquals(Main.BAD_INPUT, r.code());
        assertTrue(r.err().contains("no-such-scenario.yaml: file not found"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void aBadOverrideIsBadInputNamingThePath() {
        Result r = execute("gui", FLAGSHIP, "--set", "mediator.attention=1.5");
        assertEquals(Main.BAD_INPUT, r.code());
        assertTrue(r.err().contains("mediator.attention"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void theFlagshipIsFoundWithoutNamingIt() {
        Path found = GuiCommand.findFlagship();
        assertNotNull(found, "looked in " + GuiCommand.flagshipCandidates());
        assertTrue(found.endsWith(Path.of(FLAGSHIP)), found.toString());
        // Beside the jar first (so that it works from any directory), the current directory last.
        List<Path> where = GuiCommand.flagshipCandidates();
        assertEquals(Path.of(FLAGSHIP).toAbsolutePath().normalize(), where.get(where.size() - 1));
        assertTrue(where.size() >= 2, where.toString());
    }

    @Test
    void withoutADisplayItSaysSoAndExitsWithBadInput() throws Exception {
        Result r = subprocess(List.of("-Djava.awt.headless=true"), "gui", FLAGSHIP, "--steps", "5");
        assertEquals(Main.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("no display to open the GUI on"), r.err());
        assertTrue(r.err().contains("xvfb-run"), "it suggests a way out: " + r.err());
        assertFalse(r.err().contains("Exception"), "no stack trace: " + r.err());
    }

    @Test
    void headlessCommandsNeverLoadTheGui() throws Exception {
        Result r = subprocess(List.of("-verbose:class", "-Djava.awt.headless=true"), "validate", FLAGSHIP);
        assertEquals(0, r.code(), r.err());
        List<String> loaded = r.out().lines().filter(l -> l.startsWith("[")).toList();
        assertTrue(loaded.size() > 100, "class loading is reported");
        for (String forbidden : List.of("ceasefire.gui.", "sim.display.", "javax.swing.")) {
            assertTrue(loaded.stream().noneMatch(l -> l.contains(" " + forbidden)),
                    "validate loaded " + forbidden + "*: " + loaded.stream().filter(l -> l.contains(" " + forbidden)).findFirst().orElse(""));
        }
    }

    @Test
    void aSnapshotDirectoryWithTheUsersFilesIsRefused() throws Exception {
        ceasefire.gui.GuiFixturesAccess.assumeDisplay();
        Path mine = Files.writeString(dir.resolve("thesis.tex"), "mine");
        Result r = execute("gui", FLAGSHIP, "--steps", "3", "--snapshot", dir.toString());
        assertEquals(Main.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("thesis.tex"), r.err());
        assertEquals("mine", Files.readString(mine));
        assertEquals(List.of(mine), Files.list(dir).toList());
    }
}
