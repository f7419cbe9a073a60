package ceasefire.sweep;

import ceasefire.output.FigureSpec;
import ceasefire.output.Report;
import ceasefire.sweep.charts.SweepCharts;
import ceasefire.sweep.charts.SweepReport;
import ceasefire.sweep.design.Sweep;
import ceasefire.sweep.design.SweepPlan;
import ceasefire.sweep.running.DailySeries;
import ceasefire.sweep.running.KeptRuns;
import ceasefire.sweep.running.Manifest;
import ceasefire.sweep.running.RunsCsv;
import ceasefire.sweep.statistics.RunResults;
import ceasefire.sweep.statistics.Sensitivity;
import ceasefire.sweep.statistics.SummaryTable;
import ceasefire.sweep.statistics.Trajectories;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The end of a sweep, shared by a single-machine sweep ({@link SweepJob}) and the merge of a
 * sharded one ({@link SweepMerge}): from a complete runs.csv and days.bin, both in run order, write
 * summary.csv, sensitivity.csv, trajectories.csv and the charts. Everything is computed from those
 * two files alone, which is why a merged sweep gives the same bytes as one run on one machine.
 */
final class SweepFinish {

    /** Series drawn in each design point's trajectory chart. */
    static final List<String> CHARTED = List.of("escalation", "incidents_to_date");

    /** What was written, for the manifest and the console. */
    record Done(RunResults results, List<SummaryTable.Row> summary, List<Sensitivity.Index> sensitivity, List<String> files) {
    }

    private SweepFinish() {
    }

    /**
     * @param figures  the charts' formats and size
     * @param report   write report.html
     * @param sessions the sessions that ran the sweep, for the report
     */
    static Done write(Sweep sweep, Path dir, boolean charts, FigureSpec figures, boolean report, int threads, List<Manifest.Session> sessions)
            throws IOException, InterruptedException {
        SweepPlan plan = sweep.plan();
        Path runsFile = dir.resolve(RunsCsv.FILE);
        RunResults results = RunResults.read(runsFile, sweep.spec().parameterPaths(), sweep.spec().metrics());
        if (results.rows() != plan.runs()) {
            throw new IllegalStateException("runs.csv has " + results.rows() + " rows after the sweep, expected " + plan.runs());
        }
        List<String> files = new ArrayList<>();
        files.add(RunsCsv.FILE);
        List<SummaryTable.Row> summary = SummaryTable.rows(plan, results, sweep.spec().metrics());
        SummaryTable.write(dir.resolve(SummaryTable.FILE), plan, sweep.spec().parameterPaths(), summary);
        files.add(SummaryTable.FILE);
        List<Sensitivity.Index> sensitivity = Sensitivity.analyse(plan, results, sweep.spec().metrics(), sweep.spec().seed());
        if (plan.design().sampled()) {
            SummaryTable.writeSensitivity(dir.resolve("sensitivity.csv"), sensitivity);
            files.add("sensitivity.csv");
        }
        List<Trajectories.PointBands> bands = List.of();
        if (Files.exists(dir.resolve(DailySeries.FILE))) {
            files.add(DailySeries.FILE);
            bands = Trajectories.write(dir.resolve(DailySeries.FILE), dir.resolve(Trajectories.FILE), plan, sweep.spec().parameterPaths(),
                    CHARTED);
            files.add(Trajectories.FILE);
        }
        if (Files.exists(dir.resolve("failures.log"))) {
            files.add("failures.log");
        }
        for (String copy : List.of("sweep.yaml", "scenario.yaml")) {
            if (Files.exists(dir.resolve(copy))) {
                files.add(copy);
            }
        }
        if (Files.isDirectory(dir.resolve(KeptRuns.DIR))) {
            files.add(KeptRuns.DIR + "/");
        }
        if (charts) {
            files.addAll(new SweepCharts(sweep, results, figures).write(dir, sensitivity, threads, bands));
        }
        if (report) {
            // With the trajectory charts too, so that the report shows every chart written (OutputsCommandTest).
            SweepReport.write(dir, sweep, results, summary, sensitivity, files, sessions, bands);
            files.add(Report.FILE);
        }
        return new Done(results, summary, sensitivity, files);
    }
}
