package ceasefire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ceasefire compare}, black-box. */
class CompareCommandTest {

    @TempDir
    Path tmp;

    private Path replications(String name, String... more) {
        Path out = tmp.resolve(name);
        String[] args = new String[6 + more.length];
        args[0] = "run";
        args[1] = TestFiles.tiny().toString();
        args[2] = "--replications";
        args[3] = "30";
        args[4] = "--out";
        args[5] = out.toString();
        System.arraycopy(more, 0, args, 6, more.length);
        Cli.Result r = Cli.run(args);
        assertEquals(0, r.exit(), r.err());
        return out;
    }

    @Test
    void aStrongEffectIsSignificantAndSaidPlainly() throws Exception {
        // Few chances to clash against many chances and hostile sides: incidents differ beyond doubt.
        Path calm = replications("calm", "--set", "dynamics.opportunity=0.01", "--no-charts", "--quiet");
        Path hot = replications("hot", "--set", "dynamics.opportunity=0.9", "--set", "sides.A.hostility=0.9", "--set",
                "sides.B.hostility=0.9", "--no-charts", "--quiet");
        Path out = tmp.resolve("cmp");
        Cli.Result r = Cli.run("compare", calm.toString(), hot.toString(), "--metric", "incidents", "--metric", "collapsed", "--out",
                out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("A = " + calm), r.out());
        assertTrue(r.out().matches("(?s).*\\nincidents +[0-9.]+ \\[.*B higher.*"), r.out());
        assertTrue(r.out().contains("after Holm's correction for the 2 tests above"), r.out());
        assertTrue(r.out().contains("A and B used the same seeds run for run"), r.out());
        List<String> csv = Files.readAllLines(out.resolve("compare.csv"));
        assertEquals("point,metric,n_a,mean_a,ci_low_a,ci_high_a,n_b,mean_b,ci_low_b,ci_high_b,difference,diff_ci_low,diff_ci_high,"
                + "diff_ci_method,p_welch,p_mann_whitney,p_welch_holm,p_paired,hedges_g,g_ci_low,g_ci_high,cliffs_delta,significant,verdict,"
                + "verdict_test,p_verdict_holm", csv.get(0));
        assertTrue(csv.get(1).startsWith("0,incidents,30,"), csv.get(1));
        // Same seeds: the verdict and the interval of B - A are paired.
        assertTrue(csv.get(1).contains(",paired,"), csv.get(1));
        assertTrue(csv.get(1).matches(".*,yes,B higher,paired,[0-9.eE-]+$"), csv.get(1));
        assertTrue(csv.get(2).contains(",paired,"), "a paired yes/no metric's difference gets the paired interval: " + csv.get(2));
        assertTrue(Files.exists(out.resolve("overlay-incidents.png")));
        assertTrue(Files.exists(out.resolve("effects.png")));
        // The verdict rests on the Holm-adjusted p, so the table shows it, and Cliff's delta beside g.
        assertTrue(r.out().matches("(?s).*\\nmetric .* p Welch +p M-W +p paired +p Holm +g +delta +verdict\\n.*"), r.out());
        String[] cells = csv.get(1).split(",");
        String incidentsLine = r.out().lines().filter(l -> l.startsWith("incidents ")).findFirst().orElseThrow();
        String delta = ceasefire.output.Num.fmt(Double.parseDouble(cells[21]), 2);
        assertTrue(incidentsLine.matches(".* " + java.util.regex.Pattern.quote(delta) + " +B higher$"), incidentsLine + " should end with delta " + delta);
    }

    @Test
    void noDifferenceIsCalledNotSignificant() throws Exception {
        Path a = replications("a", "--seed", "1", "--no-charts", "--quiet");
        Path b = replications("b", "--seed", "2", "--no-charts", "--quiet");
        Cli.Result r = Cli.run("compare", a.toString(), b.toString(), "--metric", "incidents", "--out", tmp.resolve("same").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("not significant"), r.out());
        assertTrue(r.out().contains("No difference is significant: these runs cannot tell A and B apart"), r.out());
    }

    @Test
    void sweepsAreComparedPointByPoint() throws Exception {
        String grid = TestFiles.root().resolve("src/test/resources/sweeps/two-by-three.yaml").toString();
        Path a = tmp.resolve("ga");
        Path b = tmp.resolve("gb");
        assertEquals(0, Cli.run("sweep", grid, "--out", a.toString(), "--no-charts", "--quiet").exit());
        assertEquals(0, Cli.run("sweep", grid, "--out", b.toString(), "--no-charts", "--quiet", "--replications", "5").exit());
        Path out = tmp.resolve("gcmp");
        Cli.Result r = Cli.run("compare", a.toString(), b.toString(), "--metric", "incidents", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("design point: sides.A.aggressiveness=0.1, peacekeepers.troops=50"), r.out());
        List<String> csv = Files.readAllLines(out.resolve("compare.csv"));
        assertEquals(1 + 6, csv.size(), "one row per matched point");
        assertTrue(csv.get(0).startsWith("point,sides.A.aggressiveness,peacekeepers.troops,metric,"), csv.get(0));
        assertTrue(Files.exists(out.resolve("overlay-incidents.png")));
    }

    @Test
    void mistakesAreExitCodeTwo() throws Exception {
        Path a = replications("ma", "--no-charts", "--quiet");
        Cli.Result metric = Cli.run("compare", a.toString(), a.toString(), "--metric", "incident");
        assertEquals(2, metric.exit());
        assertTrue(metric.err().contains("--metric: 'incident': neither A nor B collected it; did you mean 'incidents'?"), metric.err());
        Cli.Result missing = Cli.run("compare", a.toString(), tmp.resolve("nowhere").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("is not a directory; expected the output of 'ceasefire sweep'"), missing.err());
        Path notASweep = tmp.resolve("plain");
        Files.createDirectories(notASweep);
        Cli.Result plain = Cli.run("compare", a.toString(), notASweep.toString());
        assertEquals(2, plain.exit());
        assertTrue(plain.err().contains("manifest.json: not found"), plain.err());
        String grid = TestFiles.root().resolve("src/test/resources/sweeps/two-by-three.yaml").toString();
        Path g = tmp.resolve("g");
        assertEquals(0, Cli.run("sweep", grid, "--out", g.toString(), "--no-charts", "--quiet").exit());
        Cli.Result mismatch = Cli.run("compare", a.toString(), g.toString());
        assertEquals(2, mismatch.exit());
        assertTrue(mismatch.err().contains("varies nothing (one design point) but B"), mismatch.err());
        assertTrue(plain.noStackTrace() && mismatch.noStackTrace() && metric.noStackTrace());
    }
}
