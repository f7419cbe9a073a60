package ceasefire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.TestFiles;
import ceasefire.sweep.running.RunFunction;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ceasefire sweep}, {@code run --replications} and {@code validate} on sweep files, black-box. */
class SweepCommandTest {

    @TempDir
    Path tmp;

    private static String sweep(String name) {
        return TestFiles.root().resolve("src/test/resources/sweeps").resolve(name).toString();
    }

    /** The sweep command with its runs replaced by {@code function}. */
    private static Cli.Result run(RunFunction function, String... args) {
        CommandLine cl = new CommandLine(new SweepCommand(function));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Cli.Result(exit, out.toString(), err.toString());
    }

    @Test
    void aGridSweepWritesEveryFileAndSummarises() throws Exception {
        Path out = tmp.resolve("sweep");
        Cli.Result r = Cli.run("sweep", sweep("two-by-three.yaml"), "--out", out.toString(), "--threads", "2");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("two-by-three: 6 design points x 4 replications = 24 runs (24 ok, 0 failed)"), r.out());
        assertTrue(r.out().contains("mean [95% CI] per design point"), r.out());
        for (String f : List.of("runs.csv", "summary.csv", "manifest.json", "sweep.yaml", "scenario.yaml")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        for (String chart : List.of("incidents-by-sides.A.aggressiveness", "incidents-by-peacekeepers.troops", "incidents-heatmap",
                "incidents-boxplot", "incidents-main-effects", "collapsed-heatmap", "peak_escalation-boxplot")) {
            BufferedImage img = ImageIO.read(out.resolve("charts").resolve(chart + ".png").toFile());
            assertEquals(1000, img.getWidth(), chart);
            assertEquals(620, img.getHeight(), chart);
        }
        assertFalse(Files.exists(out.resolve("charts/collapsed-boxplot.png")), "no box plots of a yes/no metric");
    }

    @Test
    void aSampledSweepReportsItsDriversAndWritesSensitivity() throws Exception {
        Path out = tmp.resolve("lhs");
        Cli.Result r = Cli.run("sweep", sweep("lhs.yaml"), "--out", out.toString(), "--no-charts", "--quiet");
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.out(), "--quiet prints nothing");
        List<String> s = Files.readAllLines(out.resolve("sensitivity.csv"));
        assertEquals("metric,parameter,measure,estimate,ci_low,ci_high,p_value,n,r2,note", s.get(0));
        assertTrue(s.stream().anyMatch(l -> l.startsWith("incidents,sides.A.aggressiveness,src,")), String.join("\n", s));
        assertTrue(s.stream().anyMatch(l -> l.startsWith("incidents,mediator.attention,spearman,")));
        assertTrue(s.stream().anyMatch(l -> l.startsWith("incidents,,noise_share,")));
        assertFalse(Files.exists(out.resolve("charts")), "--no-charts");
    }

    @Test
    void driversAreNotNamedWhenNoIntervalExcludesZero() throws Exception {
        Path out = tmp.resolve("tiny-lhs");
        Cli.Result r = Cli.run("sweep", sweep("lhs.yaml"), "--samples", "6", "--replications", "1", "--out", out.toString(), "--no-charts");
        assertEquals(0, r.exit(), r.err());
        for (String metric : List.of("incidents", "peak_escalation")) {
            boolean clear = Files.readAllLines(out.resolve("sensitivity.csv")).stream()
                    .filter(l -> l.startsWith(metric + ",") && l.contains(",src,"))
                    .map(l -> l.split(",", -1))
                    .anyMatch(c -> !c[4].isEmpty() && (Double.parseDouble(c[4]) > 0 || Double.parseDouble(c[5]) < 0));
            assertEquals(!clear, r.out().contains("too few runs to name a driver of " + metric), metric + ":\n" + r.out());
        }
        assertTrue(r.out().contains("too few runs to name a driver"), "6 samples of 3 parameters cannot: " + r.out());
    }

    @Test
    void aBadSweepFileIsExitCodeTwoWithEveryProblemAndNoStackTrace() {
        Path out = tmp.resolve("never");
        Cli.Result r = Cli.run("sweep", sweep("invalid/unknown-key.yaml"), "--out", out.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("unknown-key.yaml:4: replication: unknown key; did you mean 'replications'?"), r.err());
        assertTrue(r.err().contains("2 problems found."), r.err());
        assertTrue(r.noStackTrace(), r.err());
        assertFalse(Files.exists(out), "nothing is written before the file is right");
    }

    @Test
    void optionMistakesAreExitCodeTwo() {
        Cli.Result noOut = Cli.run("sweep", sweep("grid.yaml"), "--resume");
        assertEquals(2, noOut.exit());
        assertTrue(noOut.err().contains("--resume: needs --out DIR"), noOut.err());
        Cli.Result both = Cli.run("sweep", sweep("grid.yaml"), "--resume", "--force", "--out", tmp.toString());
        assertEquals(2, both.exit());
        Cli.Result threads = Cli.run("sweep", sweep("grid.yaml"), "--threads", "0");
        assertEquals(2, threads.exit());
        assertTrue(threads.err().contains("--threads: 0 is not a number of threads"), threads.err());
        Cli.Result samples = Cli.run("sweep", sweep("grid.yaml"), "--samples", "9", "--out", tmp.resolve("s").toString());
        assertEquals(2, samples.exit());
        assertTrue(samples.err().contains("--samples: applies to latin_hypercube and sobol designs"), samples.err());
        Cli.Result nothing = Cli.run("sweep", sweep("grid.yaml"), "--resume", "--out", tmp.resolve("nothing-here").toString());
        assertEquals(2, nothing.exit());
        assertTrue(nothing.err().contains("does not exist; there is no sweep there to resume"), nothing.err());
    }

    @Test
    void failedRunsAreExitCodeThreeAndTheSweepFinishes() throws Exception {
        Path out = tmp.resolve("failing");
        RunFunction failing = (scenario, seed) -> {
            if (scenario.peacekeepers().troops() == 800) {
                throw new ArithmeticException("division by zero in the model");
            }
            return RunFunction.MODEL.run(scenario, seed);
        };
        Cli.Result r = run(failing, sweep("two-by-three.yaml"), "--out", out.toString(), "--no-charts");
        assertEquals(SweepCommand.FAILED_RUNS, r.exit(), r.err());
        assertTrue(r.out().contains("24 runs (16 ok, 8 failed)"), r.out());
        assertTrue(r.err().contains("8 of 24 runs failed; their errors are in"), r.err());
        assertTrue(Files.readString(out.resolve("runs.csv")).contains("failed,ArithmeticException: division by zero in the model"));
        assertTrue(Files.exists(out.resolve("summary.csv")), "the statistics of the runs that finished are written");
    }

    @Test
    void resumeFinishesAnInterruptedSweep() throws Exception {
        Path out = tmp.resolve("resume");
        assertEquals(0, Cli.run("sweep", sweep("grid.yaml"), "--out", out.toString(), "--no-charts", "--quiet").exit());
        byte[] summary = Files.readAllBytes(out.resolve("summary.csv"));
        List<String> lines = Files.readAllLines(out.resolve("runs.csv"));
        Files.write(out.resolve("runs.csv"), lines.subList(0, 10));
        Files.writeString(out.resolve("runs.csv"), lines.get(10).substring(0, 7), java.nio.file.StandardOpenOption.APPEND);
        Cli.Result r = Cli.run("sweep", sweep("grid.yaml"), "--out", out.toString(), "--resume", "--no-charts");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("resuming: 9 of 24 runs were done; running the other 15"), r.err());
        assertTrue(r.err().contains("runs.csv ended in a partial row"), r.err());
        assertTrue(r.out().contains("9 were done before this session"), r.out());
        assertEquals(new String(summary), Files.readString(out.resolve("summary.csv")));
        Cli.Result finished = Cli.run("sweep", sweep("grid.yaml"), "--out", out.toString(), "--resume", "--no-charts");
        assertEquals(0, finished.exit(), finished.err());
        assertTrue(finished.err().contains("resuming: all 24 runs were already done; only the statistics are written again"), finished.err());
        assertTrue(finished.err().contains("writing summary.csv...") && !finished.err().contains("charts..."), finished.err());
        assertEquals(new String(summary), Files.readString(out.resolve("summary.csv")));
    }

    @Test
    void benchReportsThroughputOnOneAndTwoThreads() {
        Cli.Result r = Cli.run("sweep", sweep("sobol.yaml"), "--bench", "--threads", "2");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("runs/second"), r.out());
        assertTrue(r.out().matches("(?s).*\\n  1 +32 .*\\n  2 +32 .*"), r.out());
        assertTrue(r.out().contains("speedup"), r.out());
    }

    @Test
    void validateChecksSweepFilesToo() {
        Cli.Result ok = Cli.run("validate", sweep("grid.yaml"), TestFiles.tiny().toString());
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(ok.out().contains("ok  " + sweep("grid.yaml") + ": sweep 'grid' of "), ok.out());
        assertTrue(ok.out().contains("grid, 8 design points x 3 replications = 24 runs; varies peacekeepers.troops, mediator.attention, "
                + "rules.no_fire_across_line.enabled"), ok.out());
        assertTrue(ok.out().contains("ok  " + TestFiles.tiny()), "scenarios are still validated as scenarios");
        Cli.Result bad = Cli.run("validate", sweep("invalid/value-out-of-range.yaml"));
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("value-out-of-range.yaml:5: vary.mediator.attention: 1.5 is outside [0, 1]"), bad.err());
    }

    @Test
    void runReplicationsWritesASweepDirectory() throws Exception {
        Path out = tmp.resolve("reps");
        Cli.Result r = Cli.run("run", TestFiles.tiny().toString(), "--replications", "6", "--seed", "99", "--steps", "12", "--out",
                out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("tiny: 1 design point x 6 replications = 6 runs (6 ok, 0 failed)"), r.out());
        assertTrue(r.out().contains("mean [95% CI] over the replications"), r.out());
        List<String> runs = Files.readAllLines(out.resolve("runs.csv"));
        assertEquals(7, runs.size());
        assertTrue(runs.get(1).startsWith("0,0,0," + new ceasefire.sweep.design.Seeds(99).seed(0) + ","), runs.get(1));
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertTrue(manifest.contains("\"kind\": \"replications\""), manifest);
        assertTrue(manifest.contains("\"run.days\": \"12\""), "--steps is a fixed override: " + manifest);
        assertTrue(manifest.contains("\"base_seed\": 99"), manifest);
        assertTrue(Files.exists(out.resolve("charts/incidents-histogram.png")));
        Cli.Result threadsAlone = Cli.run("run", TestFiles.tiny().toString(), "--threads", "2");
        assertEquals(2, threadsAlone.exit());
        assertTrue(threadsAlone.err().contains("--threads: applies to --replications N only"), threadsAlone.err());
    }

    @Test
    void aSingleRunIsUnchangedWithoutReplications() throws Exception {
        Path out = tmp.resolve("single");
        Cli.Result r = Cli.run("run", TestFiles.tiny().toString(), "--out", out.toString(), "--no-charts", "--quiet");
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.exists(out.resolve("summary.json")));
        assertFalse(Files.exists(out.resolve("runs.csv")));
    }
}
