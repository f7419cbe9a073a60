package ceasefire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.TestFiles;
import ceasefire.calibrate.Calibrations;
import ceasefire.output.OutputFolder;
import ceasefire.scenario.Scenario;
import ceasefire.scenario.ScenarioDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ceasefire calibrate}, black-box: the files, a runnable best.yaml, --resume, and folders it must not touch. */
class CalibrateCommandTest {

    @TempDir
    Path tmp;

    @Test
    void writesEveryFileAndBestYamlRunsTheFittedValues() throws Exception {
        Path file = Calibrations.file(tmp, 11, "cmaes", 10);
        Path out = tmp.resolve("out");
        Cli.Result r = Cli.run("calibrate", file.toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("dynamics.opportunity"), r.out());
        for (String f : List.of("calibration.json", "trace.csv", "best.yaml", "fit.csv", "profile.csv", "summary.json", "charts/fit.png",
                "charts/objective.png", "charts/profile.png")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        assertFalse(Files.exists(out.resolve("posterior.csv")), "only ABC-SMC has a posterior");
        List<String> fit = Files.readAllLines(out.resolve("fit.csv"));
        assertEquals("period,observed,simulated_median,simulated_p5,simulated_p95,held_out", fit.get(0));
        assertEquals(25, fit.size(), "24 weeks and the header");
        assertTrue(fit.get(24).endsWith(",1") && fit.get(20).endsWith(",0"), "the last 4 weeks are held out");
        String summary = Files.readString(out.resolve("summary.json"));
        assertTrue(summary.contains("\"held_out\": {") && summary.contains("\"coverage_90\""), summary);
        // best.yaml is the scenario with the fitted values, and it loads and runs.
        Scenario best = ScenarioDocument.load(out.resolve("best.yaml")).bind();
        String bestLine = r.out().lines().filter(l -> l.strip().startsWith("dynamics.opportunity")).findFirst().orElseThrow();
        double shown = Double.parseDouble(bestLine.strip().split("\\s+")[1]);
        assertEquals(shown, ((Number) best.parameters().get("dynamics.opportunity")).doubleValue(), 6e-5, "printed with 4 decimals");
        assertEquals("Test line", best.name());
        assertEquals(1, best.timeline().size());
        assertEquals(0, Cli.run("run", out.resolve("best.yaml").toString(), "--out", tmp.resolve("bestrun").toString(), "--quiet", "--no-charts")
                .exit());
        assertEquals(0, Cli.run("validate", out.resolve("best.yaml").toString()).exit());

        // Resuming a finished calibration runs nothing again and gives the same best point.
        List<String> trace = Files.readAllLines(out.resolve("trace.csv"));
        Cli.Result again = Cli.run("calibrate", file.toString(), "--out", out.toString(), "--resume");
        assertEquals(0, again.exit(), again.err());
        // Every row of the trace is read back; the few candidates evaluated twice in one session (a
        // profile point on the best) were written once.
        assertTrue(again.out().contains("(" + (trace.size() - 1) + " from an earlier session's trace)"), again.out());
        assertEquals(bestLine, again.out().lines().filter(l -> l.strip().startsWith("dynamics.opportunity")).findFirst().orElseThrow());
        assertEquals(trace, Files.readAllLines(out.resolve("trace.csv")), "nothing appended");
    }

    @Test
    void anInterruptedCalibrationResumesToTheSameResult() throws Exception {
        Path file = Calibrations.file(tmp, 12, "nelder_mead", 8);
        Path whole = tmp.resolve("whole");
        Cli.Result w = Cli.run("calibrate", file.toString(), "--out", whole.toString());
        assertEquals(0, w.exit(), w.err());
        // A crash after 5 evaluations, the last row half written: the folder's record (written first), the marker and the trace.
        Path cut = tmp.resolve("cut");
        Files.createDirectory(cut);
        Files.copy(whole.resolve(OutputFolder.RECORD), cut.resolve(OutputFolder.RECORD));
        Files.copy(whole.resolve("calibration.json"), cut.resolve("calibration.json"));
        List<String> rows = Files.readAllLines(whole.resolve("trace.csv"));
        Files.writeString(cut.resolve("trace.csv"), String.join("\n", rows.subList(0, 6)) + "\n" + rows.get(6).substring(0, 10));
        Cli.Result r = Cli.run("calibrate", file.toString(), "--out", cut.toString(), "--resume");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("(5 from an earlier session's trace)"), r.out());
        assertEquals(Files.readString(whole.resolve("fit.csv")), Files.readString(cut.resolve("fit.csv")));
        assertEquals(Files.readString(whole.resolve("best.yaml")), Files.readString(cut.resolve("best.yaml")));
    }

    @Test
    void abcSmcWritesAPosterior() throws Exception {
        Path file = Calibrations.file(tmp, 13, "abc_smc", 24);
        Path out = tmp.resolve("abc");
        Cli.Result r = Cli.run("calibrate", file.toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> posterior = Files.readAllLines(out.resolve("posterior.csv"));
        assertEquals("particle,dynamics.opportunity,sides.B.aggressiveness,distance,weight", posterior.get(0));
        assertEquals(13, posterior.size(), "12 particles and the header");
        assertTrue(Files.readString(out.resolve("summary.json")).contains("\"posterior_median\""));
    }

    @Test
    void summaryStatisticsNeedAPilotAndTheDevianceObjectiveRuns() throws Exception {
        Path file = Calibrations.file(tmp, 14, "cmaes", 4);
        Files.writeString(file, Files.readString(file) + "objective: nb_deviance\nstatistics: {level: 1, dispersion: 0.5, autocorrelation: 0}\n");
        Path out = tmp.resolve("stats");
        Cli.Result r = Cli.run("calibrate", file.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.exit(), r.err());
        List<String> trace = Files.readAllLines(out.resolve("trace.csv"));
        assertEquals(4, trace.stream().filter(l -> l.contains(",search,")).count());
        String summary = Files.readString(out.resolve("summary.json"));
        assertTrue(summary.contains("\"objective\": \"nb_deviance\"") && summary.contains("\"level\": 1.0")
                && !summary.contains("\"autocorrelation\""), "a weight of 0 leaves the statistic out: " + summary);
        String pilot = summary.substring(summary.indexOf("\"statistics_pilot_spread\""));
        assertTrue(pilot.matches("(?s)\"statistics_pilot_spread\": \\{\\s*\"level\": [0-9.]+,\\s*\"dispersion\": [0-9.]+\\s*}.*"),
                "the spreads of the pilot runs at the centre of the box: " + pilot);
    }

    @Test
    void foldersItDidNotWriteAreNeverTouched() throws Exception {
        Path file = Calibrations.file(tmp, 11, "cmaes", 3);
        Path mine = Files.createDirectory(tmp.resolve("mine"));
        Files.writeString(mine.resolve("summary.json"), "{}");
        Cli.Result r = Cli.run("calibrate", file.toString(), "--out", mine.toString(), "--force");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains(mine + " is not empty and holds no earlier result (no " + OutputFolder.RECORD + ")"), r.err());
        assertEquals("{}", Files.readString(mine.resolve("summary.json")));

        Path ours = tmp.resolve("ours");
        assertEquals(0, Cli.run("calibrate", file.toString(), "--out", ours.toString(), "--quiet").exit());
        Cli.Result again = Cli.run("calibrate", file.toString(), "--out", ours.toString());
        assertEquals(2, again.exit());
        assertTrue(again.err().contains("holds an earlier calibration; use --resume to continue it, --force to start it again"), again.err());
        Files.writeString(ours.resolve("notes.txt"), "mine");
        Cli.Result forced = Cli.run("calibrate", file.toString(), "--out", ours.toString(), "--force");
        assertEquals(2, forced.exit());
        assertTrue(forced.err().contains(ours + " holds, beside an earlier result, notes.txt, which this program did not write"), forced.err());
        assertEquals("mine", Files.readString(ours.resolve("notes.txt")));
        Files.delete(ours.resolve("notes.txt"));
        assertEquals(0, Cli.run("calibrate", file.toString(), "--out", ours.toString(), "--force", "--quiet").exit());

        Files.writeString(tmp.resolve("weeks.csv"), Files.readString(tmp.resolve("weeks.csv")).replace("2020-01-06,", "2020-01-06,1"));
        Cli.Result changed = Cli.run("calibrate", file.toString(), "--out", ours.toString(), "--resume");
        assertEquals(2, changed.exit());
        assertTrue(changed.err().contains("the observed file changed since that calibration started"), changed.err());
        assertTrue(changed.noStackTrace(), changed.err());
    }

    @Test
    void aCalibrationOfAnEarlierVersionWithoutTheFoldersRecordIsLeftAsItIs() throws Exception {
        Path file = Calibrations.file(tmp, 11, "cmaes", 3);
        Path ours = tmp.resolve("ours");
        assertEquals(0, Cli.run("calibrate", file.toString(), "--out", ours.toString(), "--quiet").exit());
        // Before calibrate used OutputFolder, its folder had calibration.json as its only marker.
        Files.delete(ours.resolve(OutputFolder.RECORD));
        Map<Path, String> before = contents(ours);
        for (String option : List.of("--force", "--resume")) {
            Cli.Result r = Cli.run("calibrate", file.toString(), "--out", ours.toString(), option);
            assertEquals(2, r.exit(), r.err());
            assertTrue(r.err().contains(ours + " holds a calibration written by an earlier version of ceasefire (its calibration.json, but no "
                    + OutputFolder.RECORD + " listing the files it wrote), so it is left as it is"), r.err());
            assertTrue(r.noStackTrace(), r.err());
            assertEquals(before, contents(ours), "nothing changed with " + option);
        }
    }

    @Test
    void resumeTakesNoFolderOfAnotherCommand() throws Exception {
        Path file = Calibrations.file(tmp, 11, "cmaes", 3);
        Path run = tmp.resolve("run");
        assertEquals(0, Cli.run("run", TestFiles.tiny().toString(), "--no-charts", "--no-report", "--quiet",
                "--out", run.toString()).exit());
        Map<Path, String> before = contents(run);
        Cli.Result r = Cli.run("calibrate", file.toString(), "--out", run.toString(), "--resume");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains(run + " holds an earlier run, not a calibration; there is nothing to resume there"), r.err());
        assertEquals(before, contents(run));
        Cli.Result both = Cli.run("calibrate", file.toString(), "--out", run.toString(), "--resume", "--force");
        assertEquals(2, both.exit());
        assertTrue(both.err().contains("--resume finishes a calibration and --force starts it over; give one of them"), both.err());
    }

    /** Every file under {@code dir} with its content (the lock aside). */
    private static Map<Path, String> contents(Path dir) throws java.io.IOException {
        Map<Path, String> m = new java.util.TreeMap<>();
        try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals(ceasefire.output.FolderLock.FILE)).toList()) {
                m.put(dir.relativize(p), java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(p)));
            }
        }
        return m;
    }

    @Test
    void badInputIsExitCodeTwoWithEveryProblem() throws Exception {
        Path file = Calibrations.file(tmp, 11, "cmaes", 3);
        Files.writeString(file, Files.readString(file).replace("min: 0.1, max: 1.0", "min: 0.1, max: 0.01").replace("sides.B.aggressiveness", "sides.B.agressiveness"));
        Cli.Result r = Cli.run("calibrate", file.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains(file + ":6: parameters[1].max: min (0.1) must be below max (0.01)"), r.err());
        assertTrue(r.noStackTrace(), r.err());
        Cli.Result v = Cli.run("validate", file.toString());
        assertEquals(2, v.exit(), "validate checks calibration files the same way");
        assertTrue(v.err().contains(file + ":6: parameters[1].max"), v.err());
    }
}
