package ceasefire.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.sweep.design.Sweep;
import ceasefire.sweep.running.Manifest;
import ceasefire.sweep.running.RunFunction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep process killed outright (as by kill -9) and then resumed gives the files of a sweep never interrupted. */
class KillTest {

    @TempDir
    Path tmp;

    @Test
    void aSweepKilledWithSigkillResumesToTheSameResults() throws Exception {
        Path file = SweepTestFiles.sweep("two-by-three.yaml");
        Path killed = tmp.resolve("killed");
        int k = 10;
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), KilledSweepMain.class.getName(), file.toString(), killed.toString(), Integer.toString(k))
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            Path runs = killed.resolve("runs.csv");
            while (!(Files.exists(runs) && Files.readAllLines(runs).size() >= k + 1)) {
                assertTrue(p.isAlive(), "the sweep process ended early:\n" + Files.readString(tmp.resolve("child.log")));
                assertTrue(System.nanoTime() < deadline, "the sweep process wrote no " + k + " rows in time");
                Thread.sleep(50);
            }
        } finally {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
        assertEquals(k + 1, Files.readAllLines(killed.resolve("runs.csv")).size(), "exactly the runs that finished before the kill");
        assertEquals(Manifest.RUNNING, Manifest.read(killed).status());

        Sweep sweep = SweepTestFiles.load("two-by-three.yaml");
        SweepJob.Result resumed = SweepJobTest.run(sweep, killed, 2, true, RunFunction.MODEL);
        assertEquals(sweep.plan().runs() - k, resumed.outcome().ran(), "only the missing runs ran");
        Path whole = tmp.resolve("whole");
        SweepJobTest.run(sweep, whole, 1);
        for (String f : List.of("runs.csv", "summary.csv")) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(killed.resolve(f)), f);
        }
        List<Manifest.Session> sessions = Manifest.read(killed).sessions();
        assertEquals("interrupted", sessions.get(0).finished());
        assertEquals(k, sessions.get(0).runs());
    }
}
