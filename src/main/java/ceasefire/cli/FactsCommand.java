package ceasefire.cli;

import ceasefire.facts.FactsTable;
import ceasefire.facts.RunSeries;
import ceasefire.facts.SeriesFiles;
import ceasefire.output.AtomicFiles;
import ceasefire.output.CsvOut;
import ceasefire.output.Num;
import ceasefire.output.OutputException;
import ceasefire.output.OutputFolder;
import ceasefire.scenario.Problem;
import ceasefire.scenario.ScenarioException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ceasefire facts}: the stylized facts of runs (burstiness, persistence, drops after recommitments). */
@Command(name = "facts", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Stylized facts of a run, of replications or of a sweep kept with --keep-runs: dispersion and lag-1 "
                + "autocorrelation of weekly and monthly incidents, share of incidents in bursts, the drop after each recommitment "
                + "or successful talks and how soon incidents return, casualties per month. Medians and 95%% intervals over the runs. "
                + "Each figure is defined in docs/FACTS.md.",
                "Writes facts.csv into each DIR (or all into --out FILE)."})
public final class FactsCommand implements Callable<Integer> {

    /** The columns of facts.csv. */
    public static final List<String> COLUMNS = List.of("source", "figure", "event", "runs", "n", "median", "low95", "high95");

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Run directories, or run --replications / sweep directories with per-run series.")
    List<Path> dirs;

    @Option(names = "--out", paramLabel = "FILE", description = "Write one facts.csv for all DIRs here instead of one in each DIR.")
    Path out;

    @Option(names = "--force", description = "Overwrite --out FILE if it exists (only a facts.csv written by this command).")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Problem> problems = new ArrayList<>();
        List<List<FactsTable.Row>> tables = new ArrayList<>();
        for (Path dir : dirs) {
            try {
                List<RunSeries> runs = SeriesFiles.read(dir);
                tables.add(FactsTable.of(runs));
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
                tables.add(null);
            } catch (IOException e) {
                problems.add(new Problem(dir.toString(), 0, "", "cannot be read: " + e.getMessage()));
                tables.add(null);
            }
        }
        if (out != null) {
            String refusal = refuseOverwrite(out, force);
            if (refusal != null) {
                problems.add(new Problem("--out", 0, "", refusal));
            }
        } else {
            // facts.csv beside the runs replaces only an earlier facts.csv of ours.
            for (Path dir : dirs) {
                String refusal = Files.isDirectory(dir) ? refuseOverwrite(dir.resolve("facts.csv"), true) : null;
                if (refusal != null) {
                    problems.add(new Problem(dir.toString(), 0, "", refusal.replace("even with --force", "") + "; give --out FILE"));
                }
            }
        }
        if (!problems.isEmpty()) {
            return Problems.report(err, new ScenarioException(problems));
        }
        for (int i = 0; i < dirs.size(); i++) {
            print(stdout, dirs.get(i).toString(), tables.get(i));
        }
        try {
            if (out != null) {
                write(out, dirs, tables);
                stdout.println("written     " + out);
            } else {
                for (int i = 0; i < dirs.size(); i++) {
                    Path f = dirs.get(i).resolve("facts.csv");
                    write(f, List.of(dirs.get(i)), List.of(tables.get(i)));
                    stdout.println("written     " + f);
                }
            }
        } catch (OutputException e) {
            stdout.flush();
            err.println("ceasefire facts: " + ceasefire.scenario.Printable.of(e.getMessage()));
            err.flush();
            return Main.BAD_INPUT;
        }
        stdout.flush();
        return 0;
    }

    /** Why {@code file} may not be written, or null: an existing file is replaced only with --force and only if it is a facts.csv of ours. */
    static String refuseOverwrite(Path file, boolean force) throws IOException {
        if (!Files.exists(file)) {
            return null;
        }
        if (Files.isDirectory(file)) {
            return file + " is a directory; give a file name, e.g. --out facts.csv";
        }
        if (!force) {
            return file + " exists; add --force to replace it, or choose another --out";
        }
        String first;
        try (var r = Files.newBufferedReader(file)) {
            first = r.readLine();
        } catch (java.nio.charset.MalformedInputException e) {
            first = null;
        }
        return String.join(",", COLUMNS).equals(first) ? null
                : file + " is not a facts.csv written by this command; refusing to replace it even with --force";
    }

    static void print(PrintWriter out, String source, List<FactsTable.Row> rows) {
        int runs = rows.isEmpty() ? 0 : rows.get(0).runs();
        out.printf(Locale.ROOT, "%s: %d run%s%n", source, runs, runs == 1 ? "" : "s");
        out.printf(Locale.ROOT, "  %-34s %-18s %5s  %s%n", "figure", "event", "n", runs == 1 ? "value" : "median [95% of runs]");
        for (FactsTable.Row r : rows) {
            String value = r.n() == 0 ? "-" : runs == 1 || r.n() == 1 ? fmt(r.median())
                    : fmt(r.median()) + " [" + fmt(r.low()) + ", " + fmt(r.high()) + "]";
            out.printf(Locale.ROOT, "  %-34s %-18s %5d  %s%n", r.figure(), r.event(), r.n(), value);
        }
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "-" : Num.fmt(v, Math.abs(v) >= 100 ? 0 : Math.abs(v) >= 10 ? 1 : 3);
    }

    /**
     * Writes facts.csv. When its folder carries our record (a run, replications or sweep folder),
     * the file is added to that record first, under the folder's lock, so that a later
     * {@code run --out DIR --force} removes it with the rest instead of refusing the folder.
     */
    private static void write(Path file, List<Path> sources, List<List<FactsTable.Row>> tables) throws IOException, OutputException {
        Path parent = file.toAbsolutePath().normalize().getParent();
        try (OutputFolder folder = parent == null ? null : OutputFolder.join(parent, "facts")) {
            assert folder == null || folder.dir().equals(parent);
            writeCsv(file, sources, tables);
        }
    }

    private static void writeCsv(Path file, List<Path> sources, List<List<FactsTable.Row>> tables) throws IOException {
        AtomicFiles.writeText(file, w -> {
            CSVPrinter p = CsvOut.printer(w, COLUMNS);
            for (int i = 0; i < sources.size(); i++) {
                for (FactsTable.Row r : tables.get(i)) {
                    p.printRecord(sources.get(i).toString(), r.figure(), r.event(), r.runs(), r.n(), Num.fmt(r.median()), Num.fmt(r.low()),
                            Num.fmt(r.high()));
                }
            }
            p.flush();
        });
    }
}
