package ceasefire.cli;

import ceasefire.sweep.running.Manifest;
import ceasefire.sweep.design.Seeds;
import ceasefire.sweep.design.Sweep;
import ceasefire.sweep.design.SweepFile;
import ceasefire.sweep.SweepMerge;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ceasefire sweep merge DIR}: the results of a sweep run in shards, as one machine would have written them. */
@Command(name = "merge", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Merge the shards of a sweep (DIR/shards/K-of-N/, from 'sweep FILE --out DIR --shard K/N') into runs.csv, "
            + "summary.csv, trajectories.csv, sensitivity.csv, charts/ and manifest.json: the same bytes a single-machine sweep writes. "
            + "Lists missing runs and how to run them. See docs/SWEEPS.md.",
        footer = {"", "Exit codes: 0 merged; 3 merged, but some runs failed; 2 bad input, or runs missing (listed); 1 internal fault."})
public final class SweepMergeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "The sweep directory the shards share.")
    Path dir;

    @Option(names = "--sweep-file", paramLabel = "FILE", description = "The sweep file, when it is no longer where manifest.json says "
            + "(it must be the same file: its SHA-256 is checked).")
    Path sweepFile;

    @CommandLine.Mixin
    ThreadsOption threads;

    @CommandLine.Mixin
    NoChartsOption charts;

    @CommandLine.Mixin
    NoReportOption report;

    @CommandLine.Mixin
    FigureOptions figures;

    @CommandLine.Mixin
    QuietOption quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int n = Math.max(1, threads.count());
        if (!Files.isRegularFile(dir.resolve(Manifest.FILE))) {
            err.println("ceasefire sweep merge: " + dir + " has no manifest.json: it is not the directory of a sweep run in shards");
            err.flush();
            return Main.BAD_INPUT;
        }
        Manifest m = Manifest.read(dir);
        Path file = sweepFile != null ? sweepFile : m.sweepFile() == null ? null : Path.of(m.sweepFile());
        if (file == null || !Files.isRegularFile(file)) {
            err.println("ceasefire sweep merge: the sweep file " + (file == null ? "" : file + " ") + "named in " + dir.resolve(Manifest.FILE)
                    + " is not there (relative paths are from the directory the shards ran in); give it with --sweep-file FILE");
            err.flush();
            return Main.BAD_INPUT;
        }
        Sweep sweep = SweepFile.load(file, new SweepFile.Settings(m.replications(), m.samples() > 0 ? m.samples() : null, n,
                Seeds.RULE_COMMON.equals(m.seeds())), (done, total) -> { });
        long t0 = System.nanoTime();
        SweepMerge.Result r;
        try {
            r = SweepMerge.merge(sweep, dir, charts.charts(), figures.spec(), report.report(), n);
        } catch (SweepMerge.Incomplete e) {
            err.println("ceasefire sweep merge: cannot merge " + dir + " yet: " + e.getMessage() + ":");
            int n0 = e.missing().isEmpty() ? 1 : e.missing().get(0).shard().count();
            for (SweepMerge.Missing miss : e.missing()) {
                err.printf(Locale.ROOT, "  shard %s: %d runs missing%s (runs %s%s)%n", miss.shard(), miss.count(), miss.started() ? "" : ", never started",
                        miss.runs().stream().map(String::valueOf).collect(Collectors.joining(", ")), miss.count() > miss.runs().size() ? ", ..." : "");
            }
            String tasks = e.missing().stream().map(x -> Integer.toString(x.shard().index())).collect(Collectors.joining(","));
            err.println("Run only those shards again (each continues where it stopped):");
            for (SweepMerge.Missing miss : e.missing()) {
                err.println("  ceasefire sweep " + file + " --out " + dir + " --shard " + miss.shard());
            }
            if (Files.isRegularFile(dir.resolve("slurm").resolve("submit.sh"))) {
                err.println("or on Slurm: " + dir.resolve("slurm").resolve("submit.sh") + " --array=" + tasks);
            } else {
                err.println("or on Slurm: sbatch --array=" + tasks + " <the shards' batch file>   (of " + n0 + " tasks)");
            }
            err.flush();
            return Main.BAD_INPUT;
        }
        if (!quiet.on()) {
            stdout.printf(Locale.ROOT, "%s: merged %d shards, %d runs (%d failed) in %.1f s%n", sweep.spec().name(), r.shards(), sweep.plan().runs(),
                    r.failed(), (System.nanoTime() - t0) / 1e9);
            stdout.println("  written     " + dir + " (" + String.join(", ", r.manifest().files().stream()
                    .filter(f -> !f.startsWith("charts/")).toList()) + ", " + r.manifest().files().stream().filter(f -> f.startsWith("charts/")).count()
                    + " charts)");
        }
        stdout.flush();
        return r.failed() > 0 ? Main.FAILED_RUNS : 0;
    }
}
