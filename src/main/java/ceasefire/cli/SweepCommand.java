package ceasefire.cli;

import ceasefire.output.English;
import ceasefire.scenario.Problem;
import ceasefire.scenario.ScenarioException;
import ceasefire.sweep.running.Manifest;
import ceasefire.sweep.running.RunFunction;
import ceasefire.sweep.design.Sweep;
import ceasefire.sweep.running.SweepBenchmark;
import ceasefire.sweep.design.SweepFile;
import ceasefire.sweep.SweepJob;
import ceasefire.sweep.running.SweepRunner;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code ceasefire sweep}: run every design point and replication of a sweep file and summarise them. */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false, resourceBundle = "ceasefire.cli.OutputOptions",
        description = "Run a parameter sweep (grid, Latin hypercube or Sobol design, with replications) on all cores and write "
            + "runs.csv (one row per run, as runs finish), summary.csv, charts/, manifest.json and, for sampled designs, "
            + "sensitivity.csv. See docs/SWEEPS.md.",
        footer = {"", "Exit codes: 0 every run finished; 3 the sweep finished but some runs failed (see runs.csv and "
            + "failures.log); 2 bad input (the sweep file, options or --out); 1 internal fault."},
        subcommands = SweepMergeCommand.class)
public final class SweepCommand implements Callable<Integer> {

    /** Exit code of a sweep that finished with failed runs. */
    public static final int FAILED_RUNS = Main.FAILED_RUNS;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SWEEPFILE", description = "Sweep file (YAML), e.g. scenarios/sweeps/peacekeepers-vs-mediator.yaml.")
    Path file;

    @picocli.CommandLine.Mixin
    ThreadsOption threads;

    @picocli.CommandLine.Mixin
    OutputOptions output;

    @picocli.CommandLine.Mixin
    ResumeOption resumeOption;

    @Option(names = "--replications", paramLabel = "N", description = "Replications per design point instead of the file's (for a quick trial).")
    Integer replications;

    @Option(names = "--samples", paramLabel = "N", description = "Samples of a latin_hypercube or sobol design instead of the file's.")
    Integer samples;

    @picocli.CommandLine.Mixin
    NoChartsOption charts;

    @picocli.CommandLine.Mixin
    NoReportOption report;

    @picocli.CommandLine.Mixin
    FigureOptions figures;

    @picocli.CommandLine.Mixin
    QuietOption quiet;

    @Option(names = "--bench", description = "Measure throughput instead of writing results: after a warm-up, every run on 1 "
            + "thread, then on --threads; reports runs per second, the speedup and the share of time spent outside the model.")
    boolean bench;

    @Option(names = "--common-seeds", description = "Replication r uses the same seed at every design point (as 'seeds: common' in the "
            + "sweep file): differences between points are then not seed noise.")
    boolean commonSeeds;

    @picocli.CommandLine.Mixin
    KeepRunsOption keepRuns;

    @Option(names = "--shard", paramLabel = "K/N", description = "Run only shard K of N (runs i with i mod N = K, K from 0) into "
            + "DIR/shards/K-of-N/; needs --out DIR. Default: from SLURM_ARRAY_TASK_ID (with --shards N or SLURM_ARRAY_TASK_COUNT) or "
            + "JOB_COMPLETION_INDEX (with --shards N). Then 'ceasefire sweep merge DIR'.")
    String shard;

    @Option(names = "--shards", paramLabel = "N", description = "Number of shards: with a scheduler's task index, or with --emit.")
    Integer shards;

    @Option(names = "--emit", paramLabel = "SCHEDULER", description = "Write batch files instead of running: 'slurm' (a job array of --shards "
            + "tasks and a merge job) or 'kubernetes' (an Indexed Job and a merge Job), under DIR/slurm or DIR/kubernetes.")
    String emit;

    @Option(names = "--partition", paramLabel = "P", description = "With --emit slurm: the partition.")
    String partition;

    @Option(names = "--time", paramLabel = "T", description = "With --emit slurm: the time limit of each task (e.g. 2:00:00).")
    String time;

    @Option(names = "--cpus", paramLabel = "C", description = "With --emit: cores per task (and its --threads); default 1.")
    Integer cpus;

    @Option(names = "--throttle", paramLabel = "M", description = "With --emit: at most M tasks at once (Slurm's --array=0-N%%M).")
    Integer throttle;

    @Option(names = "--image", paramLabel = "IMAGE", description = "With --emit kubernetes: the container image holding ceasefire.")
    String image;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The directory {@code --emit} writes jobs to start in and Kubernetes mounts its volume at (tests substitute their own). */
    Path workingDir = Path.of("");

    /** The environment shards read their index from (tests substitute their own). */
    java.util.Map<String, String> environment = System.getenv();

    private final RunFunction function;

    public SweepCommand() {
        this(RunFunction.MODEL);
    }

    /** A sweep whose runs are {@code function} (tests use this to make runs fail on purpose). */
    SweepCommand(RunFunction function) {
        this.function = function;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int n = threads.count();
        List<Problem> usage = new ArrayList<>(threads.problems());
        usage.addAll(resumeOption.problems(output, "sweep"));
        Path out = output.dir();
        boolean resume = resumeOption.on();
        boolean force = output.force();
        if (bench && (resume || out != null)) {
            usage.add(new Problem("--bench", 0, "", "writes no results; leave out --out and --resume"));
        }
        if (file == null) {
            usage.add(new Problem("SWEEPFILE", 0, "", "missing: give a sweep file (e.g. scenarios/sweeps/peacekeepers-vs-mediator.yaml), "
                    + "or 'sweep merge DIR' to merge shards"));
        }
        ceasefire.sweep.running.Shard theShard = null;
        if (emit == null) {
            try {
                theShard = shard != null ? ceasefire.sweep.running.Shard.parse(shard) : ceasefire.sweep.running.Shard.fromEnvironment(environment, shards);
            } catch (IllegalArgumentException e) {
                usage.add(new Problem(shard != null ? "--shard" : "--shards", 0, "", e.getMessage()));
            }
            if (theShard == null && shards != null && shard == null) {
                usage.add(new Problem("--shards", 0, "", "needs --emit, or a scheduler's task index (SLURM_ARRAY_TASK_ID or JOB_COMPLETION_INDEX); "
                        + "to run one shard by hand give --shard K/N"));
            }
        } else if (!emit.equals("slurm") && !emit.equals("kubernetes")) {
            usage.add(new Problem("--emit", 0, "", "'" + emit + "' is not a scheduler I can write for: slurm or kubernetes"));
        }
        if ((theShard != null || emit != null) && (resume || force || bench)) {
            usage.add(new Problem(emit != null ? "--emit" : "--shard", 0, "", "a shard continues by itself when run again; leave out --resume, --force and --bench"));
        }
        if (theShard != null && out == null) {
            usage.add(new Problem("--shard", 0, "", "needs --out DIR, the sweep directory every shard shares"));
        }
        if (emit != null && shards == null) {
            usage.add(new Problem("--emit", 0, "", "needs --shards N, the number of array tasks"));
        }
        if ((cpus != null && cpus < 1) || (throttle != null && throttle < 1) || (shards != null && (shards < 1 || shards > ceasefire.sweep.running.Shard.MAX))) {
            usage.add(new Problem("--cpus", 0, "", "--cpus, --throttle and --shards take a whole number of 1 or more"));
        }
        if (!usage.isEmpty()) {
            return Problems.report(err, new ScenarioException(usage));
        }
        Integer reps = replications;
        Integer samp = samples;
        if (resume && Files.isRegularFile(out.resolve(Manifest.FILE))) {
            // Resume with the counts the sweep was started with unless told otherwise.
            try {
                Manifest m = Manifest.read(out);
                reps = reps == null ? Integer.valueOf(m.replications()) : reps;
                samp = samp == null && m.samples() > 0 ? Integer.valueOf(m.samples()) : samp;
            } catch (ScenarioException e) {
                err.println("ceasefire sweep: " + out + " cannot be resumed: its manifest.json is damaged: " + e.getMessage());
                return Main.BAD_INPUT;
            }
        }

        Sweep sweep;
        Progress[] checking = {null};
        SweepFile.Checking progress = (done, total) -> {
            if (checking[0] == null) {
                checking[0] = new Progress(err, "checking design points", total, !quiet.on());
            }
            checking[0].update(done, "");
        };
        try {
            try {
                sweep = SweepFile.load(file, new SweepFile.Settings(reps, samp, n, commonSeeds), progress);
            } catch (ScenarioException e) {
                // The manifest's samples, passed on for a resume, do not apply to a sweep file that is no longer sampled:
                // load it as it is, and let the resume check say that the design changed (the user gave no --samples).
                if (samples != null || samp == null || e.problems().stream().noneMatch(p -> p.source().equals("--samples"))) {
                    throw e;
                }
                sweep = SweepFile.load(file, new SweepFile.Settings(reps, null, n, commonSeeds), progress);
            }
        } catch (ScenarioException e) {
            return Problems.report(err, e);
        } finally {
            if (checking[0] != null) {
                checking[0].done();
            }
        }
        if (bench) {
            return bench(stdout, sweep, n);
        }
        if (emit != null) {
            return emit(stdout, err, sweep);
        }
        if (theShard != null) {
            return runShard(stdout, err, sweep, theShard, n);
        }

        SweepProgress listener = new SweepProgress(err, !quiet.on(), "sweep", charts.charts());
        Thread hook = new Thread(() -> listener.interrupted(file, resume ? out : listener.dir), "sweep-interrupted");
        Runtime.getRuntime().addShutdownHook(hook);
        SweepJob.Result result;
        try {
            result = SweepJob.run(sweep, new SweepJob.Options(out, Path.of("runs"), resume, force, n, charts.charts(), function,
                    figures.spec(), report.report(), keepRuns.on()), listener);
        } catch (java.io.IOException e) {
            Path dir = listener.dir == null ? out : listener.dir;
            return Main.cannotWrite(err, "ceasefire sweep", dir, e, dir == null ? ""
                    : "The runs finished so far are kept; once the disk has room, finish the sweep with:\n  ceasefire sweep " + file
                    + " --out " + dir + " --resume");
        } catch (SweepRunner.SweepAbortedException e) {
            if (e.getCause() instanceof OutOfMemoryError) {
                Main.outOfMemory(err);
                err.println("The runs finished so far are in " + listener.dir.resolve("runs.csv") + "; finish the sweep with more memory, "
                        + "or fewer --threads, with:");
                err.println("  ceasefire sweep " + file + " --out " + listener.dir + " --resume");
                err.flush();
                return Main.FAULT;
            }
            if (e.getCause() instanceof java.io.IOException io) {
                return Main.cannotWrite(err, "ceasefire sweep", listener.dir, io, "The runs finished so far are in "
                        + listener.dir.resolve("runs.csv") + "; once the disk has room, finish the sweep with:\n  ceasefire sweep " + file
                        + " --out " + listener.dir + " --resume");
            }
            err.println("ceasefire sweep: " + e.getMessage());
            err.println("The runs finished so far are in " + listener.dir.resolve("runs.csv") + "; finish the sweep with:");
            err.println("  ceasefire sweep " + file + " --out " + listener.dir + " --resume");
            err.flush();
            return Main.FAULT;
        } finally {
            listener.done = true;
            removeHook(hook);
        }
        if (!quiet.on()) {
            SweepSummary.print(stdout, sweep, result, (System.nanoTime() - listener.finishingAt) / 1e9, n);
        }
        stdout.flush();
        if (result.failed() > 0) {
            err.println("ceasefire sweep: " + result.failed() + " of " + English.count(sweep.plan().runs(), "run") + " failed; their errors are in "
                    + result.dir().resolve("runs.csv") + " (status failed) and " + result.dir().resolve("failures.log"));
            err.flush();
            return FAILED_RUNS;
        }
        return 0;
    }

    private int runShard(PrintWriter stdout, PrintWriter err, Sweep sweep, ceasefire.sweep.running.Shard theShard, int n) throws Exception {
        SweepProgress listener = new SweepProgress(err, !quiet.on(), "shard " + theShard, false);
        ceasefire.sweep.ShardJob.Result r;
        try {
            r = ceasefire.sweep.ShardJob.run(sweep, output.dir(), theShard, n, keepRuns.on(), function, listener);
        } catch (SweepRunner.SweepAbortedException e) {
            err.println("ceasefire sweep: " + e.getMessage());
            err.println("The runs finished so far are in " + listener.dir.resolve("runs.csv") + "; run the same command again to continue.");
            err.flush();
            return Main.FAULT;
        }
        if (!quiet.on()) {
            stdout.printf(Locale.ROOT, "shard %s of %s: %d runs (%d were done before), %d failed; in %s%n", theShard, sweep.spec().name(),
                    r.runs(), r.previouslyDone(), r.failed(), r.shardDir());
            stdout.println("  when every shard is done: ceasefire sweep merge " + output.dir());
        }
        stdout.flush();
        return r.failed() > 0 ? FAILED_RUNS : 0;
    }

    private int emit(PrintWriter stdout, PrintWriter err, Sweep sweep) throws Exception {
        Path dir = (output.dir() != null ? output.dir() : workingDir.resolve("runs").resolve(sweep.spec().name() + "-" + java.time.LocalDateTime.now()
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")))).toAbsolutePath().normalize();
        List<String> extra = new ArrayList<>();
        if (replications != null) {
            extra.addAll(List.of("--replications", replications.toString()));
        }
        if (samples != null) {
            extra.addAll(List.of("--samples", samples.toString()));
        }
        if (commonSeeds) {
            extra.add("--common-seeds");
        }
        if (keepRuns.on()) {
            extra.add("--keep-runs");
        }
        int c = cpus == null ? 1 : cpus;
        Path work = workingDir.toAbsolutePath().normalize();
        ceasefire.sweep.running.SchedulerScripts scripts = new ceasefire.sweep.running.SchedulerScripts(sweep.spec().name(), program(), work,
                file.toAbsolutePath().normalize(), dir, shards, c, extra, throttle, partition, time,
                image == null ? "ceasefire:" + ceasefire.Version.get() : image);
        if (emit.equals("kubernetes")) {
            // The pods see only the volume, mounted where we stand: manifests naming a file outside it would fail on the cluster.
            List<String> outside = scripts.outsideTheMount(sweep.spec().scenarioFile());
            if (!outside.isEmpty()) {
                err.println("ceasefire sweep: --emit kubernetes: the pods mount the volume claim 'ceasefire-data' at " + work
                        + " (the directory you emit from) and see nothing else, but " + String.join("; ", outside) + ".");
                err.println("  Emit from a directory that holds the sweep file, its scenario and the output folder (cd there), "
                        + "or give --out under it. Nothing was written.");
                return Main.BAD_INPUT;
            }
        }
        ceasefire.sweep.ShardJob.prepare(sweep, dir);
        List<ceasefire.sweep.running.SchedulerScripts.File> files = emit.equals("slurm") ? scripts.slurm() : scripts.kubernetes();
        for (ceasefire.sweep.running.SchedulerScripts.File f : files) {
            Path target = dir.resolve(f.path());
            Files.createDirectories(target.getParent());
            ceasefire.output.AtomicFiles.writeString(target, f.text());
            if (f.executable()) {
                target.toFile().setExecutable(true);
            }
        }
        Path submit = dir.resolve(emit).resolve("submit.sh");
        stdout.printf(Locale.ROOT, "%s: %d runs in %d shards of about %d runs; %s files in %s%n", sweep.spec().name(), sweep.plan().runs(), shards,
                (sweep.plan().runs() + shards - 1) / shards, emit, submit.getParent());
        stdout.println("  submit:  " + submit + (emit.equals("slurm") ? "   (the shards as a job array, then the merge: --dependency=afterok)"
                : "   (the Indexed Job, kubectl wait, then the merge Job)"));
        if (emit.equals("slurm")) {
            stdout.println("  resubmit failed tasks only: " + submit + " --array=K1,K2   ('ceasefire sweep merge " + dir + "' lists them)");
        }
        stdout.flush();
        return 0;
    }

    /** How the batch files start this program: the jar it runs from, or the checkout's launcher. */
    static String program() {
        try {
            Path code = Path.of(SweepCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code) && code.toString().endsWith(".jar")) {
                return "java ${CEASEFIRE_JAVA_OPTS:-} -jar " + ceasefire.sweep.running.SchedulerScripts.quote(code.toAbsolutePath().toString());
            }
            for (Path d = code.getParent(); d != null; d = d.getParent()) {
                if (Files.isRegularFile(d.resolve("ceasefire")) && Files.isRegularFile(d.resolve("pom.xml"))) {
                    return ceasefire.sweep.running.SchedulerScripts.quote(d.resolve("ceasefire").toAbsolutePath().toString());
                }
            }
        } catch (java.net.URISyntaxException | SecurityException e) {
            throw new IllegalStateException("cannot locate the running program", e);
        }
        return "ceasefire";
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down (Ctrl-C): the hook is running and says what to do.
            return;
        }
    }

    private int bench(PrintWriter out, Sweep sweep, int n) throws Exception {
        List<Integer> counts = n == 1 ? List.of(1) : List.of(1, n);
        out.printf(Locale.ROOT, "benchmark: %s, %d runs per pass, on %d cores (%s, Java %s)%n", file, sweep.plan().runs(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.arch"), System.getProperty("java.version"));
        out.flush();
        SweepBenchmark.Report r = SweepBenchmark.measure(sweep, counts, function);
        out.printf(Locale.ROOT, "  warm-up     %d runs in %.1f s (not timed)%n", r.warmupRuns(), r.warmupSeconds());
        out.printf(Locale.ROOT, "  %-8s %6s %8s %12s %13s %9s %9s %9s %9s%n", "threads", "runs", "seconds", "runs/second", "model ms/run",
                "on a core", "overhead", "binding", "in task");
        for (SweepBenchmark.Pass p : r.passes()) {
            out.printf(Locale.ROOT, "  %-8d %6d %8.2f %12.2f %13.2f %8.0f%% %8.1f%% %8.1f%% %8.1f%%%n", p.threads(), p.runs(), p.seconds(),
                    p.runsPerSecond(), p.modelMillisPerRun(), 100 * p.cpuShare(), 100 * p.overhead(), 100 * p.bindShare(), 100 * p.taskShare());
        }
        if (r.passes().size() > 1) {
            out.printf(Locale.ROOT, "  speedup     %.2fx with %d threads%n", r.speedup(), n);
        }
        out.println("  overhead = share of the threads' time outside the model; binding = design points bound into scenarios;");
        out.println("  in task = binding and reading metrics; the rest is scheduling, writing rows and threads idle at the end;");
        out.println("  on a core = CPU time over wall time inside the model (below 100%: other processes took the cores)");
        out.flush();
        return 0;
    }
}
