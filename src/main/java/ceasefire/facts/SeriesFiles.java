package ceasefire.facts;

import ceasefire.output.CsvOut;
import ceasefire.scenario.Overrides;
import ceasefire.scenario.Problem;
import ceasefire.scenario.ScenarioException;
import ceasefire.scenario.yaml.Section;
import ceasefire.scenario.yaml.TreeReader;
import ceasefire.scenario.yaml.YamlText;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Finds and reads the daily series of runs on disk: a run directory's {@code timeseries.csv}, or
 * every per-run series kept under a {@code run --replications} or sweep directory (any file whose
 * name contains {@code timeseries} and ends in {@code .csv} or {@code .csv.gz}, or any such file in
 * a subfolder whose header has {@code step} and {@code incidents}, at any depth up to
 * {@value #DEPTH}). Recommitments and successful talks come from the run's narrative beside it
 * when there is one, else from the days on which both sides' commitment rises (only those two
 * events renew it): a rise on a day the scenario copy ({@value #SCENARIO_COPY}, in the series'
 * folder or one above it within the given folder) scripts a recommitment is that recommitment,
 * any other rise is successful talks; without a readable scenario copy the rises cannot be told
 * apart and are all {@link RunSeries.Kind#RENEWED}.
 */
public final class SeriesFiles {

    static final int DEPTH = 4;
    /** The copy of the scenario that run, replications and sweep folders hold. */
    static final String SCENARIO_COPY = "scenario.yaml";

    private SeriesFiles() {
    }

    /** The runs found under {@code dir}, in path order. */
    public static List<RunSeries> read(Path dir) throws ScenarioException, IOException {
        String label = dir.toString();
        if (!Files.isDirectory(dir)) {
            throw new ScenarioException(new Problem(label, 0, "", Files.exists(dir) ? "is a file, not a run, replications or sweep directory"
                    : "no such directory"));
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir, DEPTH)) {
            files = s.filter(Files::isRegularFile).filter(f -> isSeries(f) || isKeptRun(dir, f)).sorted().toList();
        }
        if (files.isEmpty()) {
            String why = Files.exists(dir.resolve("runs.csv"))
                    ? "holds runs.csv but no per-run daily series: rerun the sweep or replications with --keep-runs to keep them"
                    : "holds no timeseries.csv: give a run directory (from 'ceasefire run') or a sweep kept with --keep-runs";
            throw new ScenarioException(new Problem(label, 0, "", why));
        }
        List<RunSeries> runs = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<Path, Set<Integer>> scripted = new HashMap<>();
        for (Path f : files) {
            try {
                runs.add(readRun(f, recommitDays(dir, f, scripted)));
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return runs;
    }

    static boolean isSeries(Path p) {
        String n = p.getFileName().toString();
        return n.contains("timeseries") && isCsv(n);
    }

    private static boolean isCsv(String n) {
        return (n.endsWith(".csv") || n.endsWith(".csv.gz")) && !n.startsWith(".");
    }

    /**
     * A CSV file in a subfolder (kept runs may be named by their run alone, e.g.
     * {@code runs/000017.csv.gz}) whose header is a daily series': it has {@code step} and
     * {@code incidents}. Files directly in the folder (runs.csv, summary.csv) never are.
     */
    static boolean isKeptRun(Path dir, Path f) {
        if (f.getParent() == null || f.getParent().equals(dir) || !isCsv(f.getFileName().toString())) {
            return false;
        }
        try (java.io.BufferedReader r = new java.io.BufferedReader(reader(f))) {
            String header = r.readLine();
            if (header == null) {
                return false;
            }
            List<String> columns = List.of(header.split(","));
            return columns.contains("step") && columns.contains("incidents");
        } catch (IOException e) {
            // Unreadable as a series: not one of ours (a corrupt kept run named *timeseries* is still reported).
            return false;
        }
    }

    /**
     * One run: its series file and, when beside it, its narrative.
     *
     * @param recommitDays the days the scenario scripts a recommitment, or null when unknown
     */
    static RunSeries readRun(Path series, Set<Integer> recommitDays) throws ScenarioException, IOException {
        String label = series.toString();
        List<Double> incidents = new ArrayList<>();
        List<Double> casualties = new ArrayList<>();
        List<Double> escalation = new ArrayList<>();
        List<double[]> commitment = new ArrayList<>();
        LocalDate start = null;
        List<Problem> problems = new ArrayList<>();
        try (Reader r = reader(series); CSVParser p = CsvOut.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            Map<String, Integer> h = p.getHeaderMap();
            for (String need : List.of("step", "incidents")) {
                if (!h.containsKey(need)) {
                    throw new ScenarioException(new Problem(label, 1, need, "no such column; a run's timeseries.csv has step, date, incidents, ..."));
                }
            }
            boolean hasCommitment = h.containsKey("commitment_a") && h.containsKey("commitment_b");
            for (CSVRecord rec : p) {
                int line = (int) rec.getRecordNumber() + 1;
                if (!rec.isConsistent()) {
                    problems.add(new Problem(label, line, "", "has " + rec.size() + " fields, expected " + h.size()));
                    continue;
                }
                int step = (int) number(rec, "step", label, line, problems);
                if (step != incidents.size()) {
                    problems.add(new Problem(label, line, "step", "expected day " + incidents.size() + " here, got '" + rec.get("step") + "'"));
                    break;
                }
                incidents.add(number(rec, "incidents", label, line, problems));
                casualties.add(optional(rec, h, "casualties_a", label, line, problems) + optional(rec, h, "casualties_b", label, line, problems));
                escalation.add(optional(rec, h, "escalation", label, line, problems));
                if (hasCommitment) {
                    commitment.add(new double[] {optional(rec, h, "commitment_a", label, line, problems),
                            optional(rec, h, "commitment_b", label, line, problems)});
                }
                if (step == 0 && h.containsKey("date") && !rec.get("date").isEmpty()) {
                    try {
                        start = LocalDate.parse(rec.get("date"));
                    } catch (DateTimeParseException e) {
                        problems.add(new Problem(label, line, "date", "expected a date YYYY-MM-DD, got '" + rec.get("date") + "'"));
                    }
                }
                if (problems.size() > 20) {
                    break;
                }
            }
        } catch (java.io.UncheckedIOException | IllegalArgumentException e) {
            throw new ScenarioException(new Problem(label, 0, "", "is not a readable CSV file: " + e.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        List<RunSeries.Event> events = narrativeEvents(series);
        if (events == null) {
            events = commitmentEvents(commitment, recommitDays);
        }
        return new RunSeries(label, array(incidents), array(casualties), array(escalation), start, events);
    }

    private static double number(CSVRecord rec, String column, String label, int line, List<Problem> problems) {
        String t = rec.get(column);
        try {
            double v = Double.parseDouble(t);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new Problem(label, line, column, "expected a number, got '" + t + "'"));
        return Double.NaN;
    }

    private static double optional(CSVRecord rec, Map<String, Integer> h, String column, String label, int line, List<Problem> problems) {
        return h.containsKey(column) ? number(rec, column, label, line, problems) : 0;
    }

    private static double[] array(List<Double> l) {
        return l.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Events from the narrative beside a series (same name with "narrative"), or null when there is none. */
    static List<RunSeries.Event> narrativeEvents(Path series) throws IOException, ScenarioException {
        String n = series.getFileName().toString().replace("timeseries", "narrative");
        Path narrative = series.resolveSibling(n);
        if (!Files.isRegularFile(narrative)) {
            return null;
        }
        List<RunSeries.Event> events = new ArrayList<>();
        List<RunSeries.Event> legacy = new ArrayList<>();
        boolean typed = false;
        try (Reader r = reader(narrative); CSVParser p = CsvOut.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            if (!p.getHeaderMap().containsKey("kind") || !p.getHeaderMap().containsKey("step")) {
                return null;
            }
            for (CSVRecord rec : p) {
                if (!rec.isConsistent()) {
                    continue;
                }
                String kind = rec.get("kind");
                int day;
                try {
                    day = Integer.parseInt(rec.get("step"));
                } catch (NumberFormatException e) {
                    throw new ScenarioException(new Problem(narrative.toString(), (int) rec.getRecordNumber() + 1, "step",
                            "expected a whole number, got '" + rec.get("step") + "'"));
                }
                // By kind, never by the words: successful talks have kind "talks", a scripted recommitment "recommitment".
                if ("talks".equals(kind)) {
                    events.add(new RunSeries.Event(RunSeries.Kind.TALKS, day));
                } else if ("recommitment".equals(kind)) {
                    typed = true;
                    events.add(new RunSeries.Event(RunSeries.Kind.RECOMMIT, day));
                } else if (legacyRecommitment(kind, rec)) {
                    RunSeries.Event e = new RunSeries.Event(RunSeries.Kind.RECOMMIT, day);
                    legacy.add(e);
                    events.add(e);
                }
            }
        } catch (java.io.UncheckedIOException | IllegalArgumentException e) {
            return null;
        }
        if (typed) {
            // A file that has the kind is a new one: a title that merely reads like the old sentence is no recommitment.
            events.removeIf(e -> legacy.stream().anyMatch(l -> l == e));
        }
        return events;
    }

    /**
     * A recommitment in a {@code narrative.csv} written before the kind {@code recommitment}
     * existed: a scripted event whose detail was the sentence those versions wrote for it
     * ("publicly recommit to the ceasefire", later with both sides' names before it). Only read
     * from files with no row of kind {@code recommitment}; a new file's recommitments are found by
     * their kind, so a change of wording cannot lose one.
     */
    private static boolean legacyRecommitment(String kind, CSVRecord rec) {
        return "event".equals(kind) && rec.isMapped("detail") && rec.get("detail").endsWith("publicly recommit to the ceasefire");
    }

    /**
     * Without a narrative: a day on which both sides' commitment rises (it otherwise only decays)
     * is a recommitment or successful talks. The series cannot tell which; the scenario can: a rise
     * on a scripted recommitment day is that recommitment, any other is talks. With
     * {@code recommitDays} null (no scenario copy) every rise is {@link RunSeries.Kind#RENEWED}.
     */
    static List<RunSeries.Event> commitmentEvents(List<double[]> commitment, Set<Integer> recommitDays) {
        List<RunSeries.Event> events = new ArrayList<>();
        for (int d = 1; d < commitment.size(); d++) {
            if (commitment.get(d)[0] > commitment.get(d - 1)[0] && commitment.get(d)[1] > commitment.get(d - 1)[1]) {
                RunSeries.Kind kind = recommitDays == null ? RunSeries.Kind.RENEWED
                        : recommitDays.contains(d) ? RunSeries.Kind.RECOMMIT : RunSeries.Kind.TALKS;
                events.add(new RunSeries.Event(kind, d));
            }
        }
        return events;
    }

    /**
     * The scripted recommitment days for {@code series}: from the nearest {@value #SCENARIO_COPY}
     * in its folder or above, up to {@code dir}; null when there is none or it cannot be read.
     */
    static Set<Integer> recommitDays(Path dir, Path series, Map<Path, Set<Integer>> cache) {
        Path top = dir.toAbsolutePath().normalize();
        for (Path p = series.toAbsolutePath().normalize().getParent(); p != null && p.startsWith(top); p = p.getParent()) {
            Path copy = p.resolve(SCENARIO_COPY);
            if (Files.isRegularFile(copy)) {
                return cache.computeIfAbsent(copy, SeriesFiles::scriptedRecommitDays);
            }
        }
        return null;
    }

    /** The days on which the timeline of a scenario file scripts a recommitment; null when it cannot be read. */
    static Set<Integer> scriptedRecommitDays(Path scenario) {
        try {
            TreeReader r = new TreeReader(scenario.toString(), Overrides.none());
            Section top = r.root(YamlText.parseFile(scenario, scenario.toString()));
            Set<Integer> days = new TreeSet<>();
            for (Section e : top.sections("timeline")) {
                if (e.has("day") && e.has("recommit")
                        && (e.rawNode("recommit").isSection() || e.bool("recommit", false))) {
                    days.add(e.integer("day", 0, 0, 1_000_000));
                }
            }
            return r.problems().isEmpty() ? days : null;
        } catch (ScenarioException | RuntimeException e) {
            return null;
        }
    }

    private static Reader reader(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            try {
                in = new GZIPInputStream(in, 1 << 16);
            } catch (IOException e) {
                in.close();
                throw e;
            }
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
