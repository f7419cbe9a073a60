package ceasefire.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.TestFiles;
import ceasefire.model.Runs;
import ceasefire.output.RunWriter;
import ceasefire.scenario.Overrides;
import ceasefire.scenario.Scenario;
import ceasefire.scenario.ScenarioException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding and reading runs' daily series: run directories, kept runs (plain or gzip), and the mistakes. */
class SeriesFilesTest {

    @TempDir
    Path tmp;

    private static String series(int days, double commitmentJumpDay) {
        StringBuilder sb = new StringBuilder("step,date,incidents,casualties_a,casualties_b,escalation,commitment_a,commitment_b\n");
        double c = 0.5;
        for (int d = 0; d < days; d++) {
            c = d == commitmentJumpDay ? 0.99 : c * 0.98;
            sb.append(d).append(',').append(LocalDate.of(2020, 1, 1).plusDays(d)).append(',').append(d % 3).append(",1,0,0.2,")
                    .append(c).append(',').append(c).append('\n');
        }
        return sb.toString();
    }

    @Test
    void aRunDirectoryWithItsNarrative() throws Exception {
        Path run = Files.createDirectory(tmp.resolve("run"));
        Files.writeString(run.resolve("timeseries.csv"), series(40, -1));
        Files.writeString(run.resolve("narrative.csv"), "step,date,actor,kind,detail\n"
                + "5,2020-01-06,World,event,Leaders refuse to publicly recommit to the ceasefire\n"
                + "10,2020-01-11,A and B,event,Leaders publicly recommit to the ceasefire\n"
                + "10,2020-01-11,A and B,recommitment,publicly recommit to the ceasefire\n"
                + "20,2020-01-21,Mediator,talks,holds talks; both agree to recommit to the ceasefire\n"
                + "25,2020-01-26,Mediator,talks_failed,holds talks; no agreement\n");
        List<RunSeries> runs = SeriesFiles.read(run);
        assertEquals(1, runs.size());
        RunSeries r = runs.get(0);
        assertEquals(40, r.days());
        assertEquals(LocalDate.of(2020, 1, 1), r.start());
        assertEquals(2.0, r.incidents()[2]);
        assertEquals(1.0, r.casualties()[0]);
        assertEquals(List.of(new RunSeries.Event(RunSeries.Kind.RECOMMIT, 10), new RunSeries.Event(RunSeries.Kind.TALKS, 20)), r.events());
    }

    @Test
    void recommitmentsAreFoundByKindInWhatARunWritesAndByTheOldSentenceInOlderFiles() throws Exception {
        // What a run writes today: the recommitment's kind, whatever its words.
        Path run = Files.createDirectory(tmp.resolve("run"));
        Scenario s = TestFiles.load(TestFiles.flagship(), "timeline[0].recommit=true");
        Runs.Result r = Runs.run(s, 1, 5);
        new RunWriter(s, "x.yaml", Overrides.none(), r.log(), r.summary()).writeNarrative(run.resolve("narrative.csv"), run.resolve("narrative.txt"));
        assertTrue(Files.readString(run.resolve("narrative.csv")).contains(",recommitment,"));
        assertEquals(List.of(new RunSeries.Event(RunSeries.Kind.RECOMMIT, 0)), SeriesFiles.narrativeEvents(run.resolve("timeseries.csv")));

        // Files written before the kind existed said it in words, as a scripted event (both forms they used).
        Path old = Files.createDirectory(tmp.resolve("old"));
        Files.writeString(old.resolve("narrative.csv"), "step,date,actor,kind,detail\n"
                + "3,,A and B,event,publicly recommit to the ceasefire\n"
                + "8,,Timeline,event,A and B publicly recommit to the ceasefire\n"
                + "9,,Timeline,event,talks planned\n");
        assertEquals(List.of(new RunSeries.Event(RunSeries.Kind.RECOMMIT, 3), new RunSeries.Event(RunSeries.Kind.RECOMMIT, 8)),
                SeriesFiles.narrativeEvents(old.resolve("timeseries.csv")));
    }

    @Test
    void keptRunsPlainAndGzippedAtAnyDepthWithEventsFromCommitment() throws Exception {
        Path sweep = Files.createDirectory(tmp.resolve("sweep"));
        Files.writeString(sweep.resolve("runs.csv"), "run\n");
        Path runs = Files.createDirectories(sweep.resolve("runs").resolve("point-0"));
        Files.writeString(runs.resolve("run-0.timeseries.csv"), series(30, 12));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(runs.resolve("run-1.timeseries.csv.gz")))) {
            out.write(series(30, 15).getBytes(StandardCharsets.UTF_8));
        }
        Path other = Files.createDirectories(sweep.resolve("kept"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(other.resolve("000002.csv.gz")))) {
            out.write(series(30, 20).getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(other.resolve("notes.csv"), "a,b\n1,2\n");
        List<RunSeries> found = SeriesFiles.read(sweep);
        assertEquals(3, found.size(), "a kept run named by its number alone counts; a CSV of another kind and runs.csv do not");
        // No scenario copy: a rise of commitment may be a recommitment or talks, and is called neither.
        assertEquals(List.of(new RunSeries.Event(RunSeries.Kind.RENEWED, 20)), found.get(0).events());
        found = found.subList(1, 3);
        assertEquals(List.of(new RunSeries.Event(RunSeries.Kind.RENEWED, 12)), found.get(0).events());
        assertEquals(List.of(new RunSeries.Event(RunSeries.Kind.RENEWED, 15)), found.get(1).events());
        List<String> events = FactsTable.of(SeriesFiles.read(sweep)).stream().map(FactsTable.Row::event).distinct().toList();
        assertEquals(List.of("", "commitment renewed (all)"), events, "pooled under a label that claims no recommitment");
    }

    @Test
    void theScenarioCopyTellsScriptedRecommitmentsFromTalksAtOtherDays() throws Exception {
        Path reps = Files.createDirectory(tmp.resolve("replications"));
        Files.writeString(reps.resolve("runs.csv"), "run\n");
        Files.writeString(reps.resolve("scenario.yaml"), "name: x\ntimeline:\n  - day: 5\n    title: a note\n"
                + "  - day: 40\n    title: Both recommit\n    recommit: {hotline: 0.5}\n  - day: 55\n    recommit: false\n");
        Path kept = Files.createDirectory(reps.resolve("timeseries"));
        // Run 0: the scripted recommitment on day 40; runs 1 and 2: talks that succeeded on days 33 and 55.
        Files.writeString(kept.resolve("run-000000.csv"), series(100, 40));
        Files.writeString(kept.resolve("run-000001.csv"), series(100, 33));
        Files.writeString(kept.resolve("run-000002.csv"), series(100, 55));
        List<RunSeries> found = SeriesFiles.read(reps);
        assertEquals(List.of(new RunSeries.Event(RunSeries.Kind.RECOMMIT, 40)), found.get(0).events());
        assertEquals(List.of(new RunSeries.Event(RunSeries.Kind.TALKS, 33)), found.get(1).events());
        assertEquals(List.of(new RunSeries.Event(RunSeries.Kind.TALKS, 55)), found.get(2).events(), "recommit: false scripts nothing");
        List<FactsTable.Row> rows = FactsTable.of(found);
        assertEquals(List.of("", "recommit day 40", "talks (all)"), rows.stream().map(FactsTable.Row::event).distinct().toList());
        FactsTable.Row talks = rows.stream().filter(r -> r.event().equals("talks (all)") && r.figure().equals("drop_2w")).findFirst().orElseThrow();
        assertEquals(2, talks.n(), "talks on different days in different runs are pooled into one row");

        // A scenario copy that cannot be read tells nothing: back to the label that claims no recommitment.
        Files.writeString(reps.resolve("scenario.yaml"), "timeline: [day: 40\n");
        assertEquals(List.of(new RunSeries.Event(RunSeries.Kind.RENEWED, 40)), SeriesFiles.read(reps).get(0).events());
    }

    @Test
    void aSweepWithoutKeptRunsSaysHowToKeepThem() throws IOException {
        Path sweep = Files.createDirectory(tmp.resolve("plain-sweep"));
        Files.writeString(sweep.resolve("runs.csv"), "run\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> SeriesFiles.read(sweep));
        assertTrue(e.getMessage().contains(sweep + ": holds runs.csv but no per-run daily series: rerun the sweep or replications with --keep-runs"),
                e.getMessage());
    }

    @Test
    void badRowsAreNamedByFileLineAndColumn() throws IOException {
        Path run = Files.createDirectory(tmp.resolve("bad"));
        Files.writeString(run.resolve("timeseries.csv"), "step,incidents\n0,1\n1,x\n2,3,4\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> SeriesFiles.read(run));
        String file = run.resolve("timeseries.csv").toString();
        assertTrue(e.getMessage().contains(file + ":3: incidents: expected a number, got 'x'"), e.getMessage());
        assertTrue(e.getMessage().contains(file + ":4: has 3 fields, expected 2"), e.getMessage());
    }
}
