package ceasefire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.TestFiles;
import ceasefire.output.OutputFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ceasefire facts}, black-box, on a real run directory. */
class FactsCommandTest {

    @TempDir
    Path tmp;

    @Test
    void factsOfARunArePrintedAndWrittenBesideIt() throws Exception {
        Path run = tmp.resolve("run");
        Cli.Result made = Cli.run("run", TestFiles.root().resolve("src/test/resources/calibration/line.yaml").toString(), "--out", run.toString(),
                "--quiet", "--no-charts");
        assertEquals(0, made.exit(), made.err());
        Cli.Result r = Cli.run("facts", run.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("dispersion_weekly"), r.out());
        assertTrue(r.out().contains("recommit day 84"), "the scripted recommitment is found in the narrative: " + r.out());
        String csv = Files.readString(run.resolve("facts.csv"));
        assertTrue(csv.startsWith("source,figure,event,runs,n,median,low95,high95\n"), csv);
        assertTrue(csv.contains(",drop_4w,recommit day 84,1,1,"), csv);
    }

    @Test
    void aFolderWithoutRunsAndAnExistingOutFileAreRefusedWithExitTwo() throws Exception {
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        Cli.Result r = Cli.run("facts", empty.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains(empty + ": holds no timeseries.csv"), r.err());
        assertTrue(r.noStackTrace(), r.err());

        Path run = tmp.resolve("run");
        assertEquals(0, Cli.run("run", TestFiles.tiny().toString(), "--out", run.toString(), "--quiet", "--no-charts").exit());
        Path mine = tmp.resolve("notes.csv");
        Files.writeString(mine, "my,own\n");
        Cli.Result refused = Cli.run("facts", run.toString(), "--out", mine.toString(), "--force");
        assertEquals(2, refused.exit());
        assertTrue(refused.err().contains("is not a facts.csv written by this command"), refused.err());
        assertEquals("my,own\n", Files.readString(mine), "the user's file is untouched");
        Files.writeString(run.resolve("facts.csv"), "my,own\n");
        Cli.Result beside = Cli.run("facts", run.toString());
        assertEquals(2, beside.exit());
        assertTrue(beside.err().contains("is not a facts.csv written by this command"), beside.err());
        assertEquals("my,own\n", Files.readString(run.resolve("facts.csv")));

        // A folder without our record: a facts.csv that is not ours is never overwritten either.
        Path plain = Files.createDirectory(tmp.resolve("plain"));
        Files.copy(run.resolve("timeseries.csv"), plain.resolve("timeseries.csv"));
        Files.writeString(plain.resolve("facts.csv"), "my,own\n");
        Cli.Result plainRefused = Cli.run("facts", plain.toString());
        assertEquals(2, plainRefused.exit());
        assertTrue(plainRefused.err().contains("is not a facts.csv written by this command"), plainRefused.err());
        assertEquals("my,own\n", Files.readString(plain.resolve("facts.csv")));
        Files.delete(plain.resolve("facts.csv"));
        assertEquals(0, Cli.run("facts", plain.toString()).exit());
        assertTrue(Files.exists(plain.resolve("facts.csv")));
        assertTrue(!Files.exists(plain.resolve(OutputFolder.RECORD)), "no record is made up for a folder that had none");
    }

    @Test
    void factsWrittenIntoARunFolderIsOnItsRecordSoAForcedRunRemovesIt() throws Exception {
        Path run = tmp.resolve("run");
        String scenario = TestFiles.tiny().toString();
        assertEquals(0, Cli.run("run", scenario, "--out", run.toString(), "--quiet", "--no-charts").exit());
        Cli.Result facts = Cli.run("facts", run.toString());
        assertEquals(0, facts.exit(), facts.err());
        assertTrue(OutputFolder.inspect(run).recorded().contains("facts.csv"), "facts.csv is added to the folder's record");
        assertTrue(OutputFolder.inspect(run).foreign().isEmpty(), OutputFolder.inspect(run).toString());
        assertEquals(0, Cli.run("facts", run.toString()).exit(), "facts again replaces its own facts.csv");
        Cli.Result again = Cli.run("run", scenario, "--out", run.toString(), "--quiet", "--no-charts", "--force");
        assertEquals(0, again.exit(), again.err());
        assertTrue(!Files.exists(run.resolve("facts.csv")), "--force removed the earlier facts.csv with the rest of the earlier result");
        assertTrue(Files.exists(run.resolve("timeseries.csv")));
    }

    @Test
    void keptReplicationsKeepTheScriptedRecommitmentAndClaimNoOther() throws Exception {
        Path reps = tmp.resolve("reps");
        Cli.Result made = Cli.run("run", TestFiles.root().resolve("src/test/resources/calibration/line.yaml").toString(), "--replications", "4",
                "--keep-runs", "--out", reps.toString(), "--quiet", "--no-charts");
        assertEquals(0, made.exit(), made.err());
        assertTrue(Files.exists(reps.resolve("scenario.yaml")), "replications keep a copy of the scenario");
        Cli.Result r = Cli.run("facts", reps.toString());
        assertEquals(0, r.exit(), r.err());
        String csv = Files.readString(reps.resolve("facts.csv"));
        assertTrue(csv.contains(",drop_4w,recommit day 84,4,4,"), "the scripted recommitment, on its day in every run: " + csv);
        assertEquals(1, csv.lines().filter(l -> l.contains(",drop_4w,recommit day ")).count(), "no other rise is called a recommitment: " + csv);
        assertTrue(OutputFolder.inspect(reps).recorded().contains("facts.csv"));
    }
}
