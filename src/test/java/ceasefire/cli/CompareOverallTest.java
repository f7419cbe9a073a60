package ceasefire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compare} of two sweeps: the overall answer across design points, and a warning when A is B. */
class CompareOverallTest {

    @TempDir
    Path tmp;

    private static String sweep(String name) {
        return TestFiles.root().resolve("src/test/resources/sweeps").resolve(name).toString();
    }

    @Test
    void twoSweepsGetAnOverallAnswerAcrossTheirPoints() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertEquals(0, Cli.run("sweep", sweep("grid.yaml"), "--out", a.toString(), "--quiet", "--no-charts").exit());
        assertEquals(0, Cli.run("sweep", sweep("grid.yaml"), "--out", b.toString(), "--quiet", "--no-charts", "--common-seeds").exit());
        Cli.Result r = Cli.run("compare", a.toString(), b.toString(), "--metric", "incidents", "--out", tmp.resolve("cmp").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Overall, across the 8 matched design points"), r.out());
        assertTrue(r.out().contains("Welch's t-test on each replication's average over the points"), r.out());
        List<String> csv = Files.readAllLines(tmp.resolve("cmp/compare-overall.csv"));
        assertEquals("metric,points,replications,test,difference,ci_low,ci_high,p,p_holm,points_b_higher,points_b_lower", csv.get(0));
        assertTrue(csv.get(1).startsWith("incidents,8,3,welch,"), csv.get(1));
        assertFalse(r.err().contains("same directory"), r.err());
    }

    @Test
    void comparingADirectoryWithItselfIsWarnedAbout() {
        Path a = tmp.resolve("a");
        assertEquals(0, Cli.run("sweep", sweep("grid.yaml"), "--out", a.toString(), "--quiet", "--no-charts").exit());
        Cli.Result r = Cli.run("compare", a.toString(), a.resolve(".").toString(), "--metric", "incidents", "--out", tmp.resolve("cmp").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("warning: A and B are the same directory"), r.err());
        assertTrue(r.out().contains("paired"), "the same seeds run for run: the overall test is paired\n" + r.out());
    }
}
