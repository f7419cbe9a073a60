package ceasefire.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import ceasefire.TestFiles;
import ceasefire.output.RunWriter;
import ceasefire.scenario.Overrides;
import ceasefire.scenario.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One seeded stream per run: same scenario and seed, same run, to the byte. */
class DeterminismTest {

    @TempDir
    Path tmp;

    @Test
    void sameSeedGivesByteIdenticalOutputs() throws Exception {
        Scenario s = TestFiles.load(TestFiles.flagship(), "peacekeepers.troops=1500");
        Path first = write(s, "first");
        Path second = write(s, "second");
        for (String f : new String[] {"timeseries.csv", "incidents.csv", "narrative.csv"}) {
            assertArrayEquals(Files.readAllBytes(first.resolve(f)), Files.readAllBytes(second.resolve(f)), f);
        }
    }

    @Test
    void restartingTheSameModelRepeatsTheRun() {
        Scenario s = TestFiles.load(TestFiles.flagship());
        ConflictModel m = new ConflictModel(s);
        RunLog a = new RunLog();
        m.addObserver(a);
        m.run();
        m.removeObserver(a);
        RunLog b = new RunLog();
        m.addObserver(b);
        m.run();
        assertEquals(a.incidents(), b.incidents());
        assertEquals(a.narrative(), b.narrative());
    }

    @Test
    void differentSeedsGiveDifferentRuns() {
        Scenario s = TestFiles.load(TestFiles.flagship());
        Runs.Result one = Runs.run(s, 1, 180);
        Runs.Result two = Runs.run(s, 2, 180);
        assertNotEquals(one.log().incidents(), two.log().incidents());
    }

    @Test
    void theSeedOptionAndTheSeedKeyAreTheSameThing() {
        Scenario viaKey = TestFiles.load(TestFiles.tiny(), "run.seed=5");
        Scenario viaRun = TestFiles.load(TestFiles.tiny()).withRun(new ceasefire.scenario.RunSpec(5, 30, false, java.util.Optional.empty()));
        assertEquals(Runs.run(viaKey).log().incidents(), Runs.run(viaRun).log().incidents());
    }

    private Path write(Scenario s, String name) throws Exception {
        Runs.Result r = Runs.run(s);
        Path dir = Files.createDirectories(tmp.resolve(name));
        new RunWriter(s, "x.yaml", Overrides.none(), r.log(), r.summary()).writeAll(dir, null, false);
        return dir;
    }
}
