package ceasefire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.TestFiles;
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
    }
}
