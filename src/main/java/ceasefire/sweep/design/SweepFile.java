package ceasefire.sweep.design;

import ceasefire.scenario.Names;
import ceasefire.scenario.Overrides;
import ceasefire.scenario.ParameterOverride;
import ceasefire.scenario.ParameterRegistry;
import ceasefire.scenario.Problem;
import ceasefire.scenario.Scenario;
import ceasefire.scenario.ScenarioDocument;
import ceasefire.scenario.ScenarioException;
import ceasefire.scenario.yaml.Section;
import ceasefire.scenario.yaml.TreeReader;
import ceasefire.scenario.yaml.YamlNode;
import ceasefire.scenario.yaml.YamlText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads and checks a sweep file (YAML). Loading is staged like a scenario's: the sweep's own
 * keys, then the base scenario with the fixed overrides, then every design point bound into a
 * scenario. Each stage reports every problem it finds, with file, line and key, and nothing runs
 * until all are fixed. See docs/SWEEPS.md for the format.
 */
public final class SweepFile {

    /** Top-level keys of a sweep file, in the order the docs list them. */
    static final List<String> KEYS = List.of("name", "description", "scenario", "fixed", "vary", "design", "samples", "replications",
            "seed", "seeds", "metrics");
    /** Keys that only a sweep file has at its top level: any of them marks a file as a sweep. */
    static final Set<String> MARKERS = Set.of("scenario", "vary", "fixed", "design", "replications", "samples", "metrics");
    /** Most replications per design point accepted (a typo guard, not a limit of the method). */
    static final int MAX_REPLICATIONS = 1_000_000;
    /**
     * Designs with at most this many points keep the scenarios bound while checking them, so runs
     * need not bind again (about 0.3 MB each for the flagship, so 36 MB at most); larger designs
     * bind each point again when its first run starts, keeping memory independent of the design's
     * size. Binding the flagship takes about a quarter of a run's time, which matters when a
     * point has few replications.
     */
    static final int KEEP_BOUND_POINTS = 128;
    /** Most samples a sampled design accepts. */
    static final int MAX_SAMPLES = 10_000_000;

    /** Hears how many of the design points have been checked (from any thread, one call at a time). */
    @FunctionalInterface
    public interface Checking {
        void checked(int done, int total);
    }

    /** Values the command line gives instead of the file's ({@code --replications}, {@code --samples}); null keeps the file's. */
    public record Settings(Integer replications, Integer samples, int threads, boolean commonSeeds) {

        /** The file's own seed rule ({@code --common-seeds} not given). */
        public Settings(Integer replications, Integer samples, int threads) {
            this(replications, samples, threads, false);
        }

        public static Settings defaults() {
            return new Settings(null, null, Runtime.getRuntime().availableProcessors());
        }
    }

    private SweepFile() {
    }

    /** The {@code seeds} key: a seed of its own for every run, or the same seeds at every design point. */
    enum SeedRule {
        INDEPENDENT, COMMON;

        String yamlName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Whether a YAML file is a sweep rather than a scenario: its top level has one of the keys
     * only sweeps use ({@code scenario}, {@code vary}, {@code fixed}, {@code design}, ...). A file
     * that cannot be read or parsed is not a sweep (the scenario loader then reports why).
     */
    public static boolean isSweep(Path file) {
        try {
            return isSweep(YamlText.parseFile(file, file.toString()));
        } catch (ScenarioException e) {
            return false;
        }
    }

    static boolean isSweep(YamlNode root) {
        return root != null && MARKERS.stream().anyMatch(root::hasKey);
    }

    /**
     * Loads, checks and plans a sweep; {@code progress} hears how many design points have been
     * checked. Every problem that can be found is reported at once: the sweep's own keys, the base
     * scenario and the fixed overrides, the varied parameters, and then (when the design itself is
     * sound) every design point bound into a scenario.
     */
    public static Sweep load(Path file, Settings settings, Checking progress) throws ScenarioException {
        String label = file.toString();
        YamlNode root = YamlText.parseFile(file, label);
        List<Problem> problems = new ArrayList<>();
        Read read = read(file, label, root, settings, problems);
        if (read == null) {
            throw new ScenarioException(problems);
        }
        SweepSpec spec = read.spec;
        SweepPlan plan = new SweepPlan(spec);
        Scenario[] bound = plan.points() <= KEEP_BOUND_POINTS && !spec.parameters().isEmpty() ? new Scenario[plan.points()] : null;
        try {
            checkPoints(spec, plan, read.document, settings.threads(), progress, bound);
        } catch (ScenarioException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return new Sweep(spec, read.document, read.base, plan, Hashing.sha256(file), Hashing.sha256(spec.scenarioFile()), bound);
    }

    /** {@link #load(Path, Settings, Checking)} with the file's own values and all cores. */
    public static Sweep load(Path file) throws ScenarioException {
        return load(file, Settings.defaults(), (done, total) -> { });
    }

    private record Read(SweepSpec spec, ScenarioDocument document, Scenario base) {
    }

    /**
     * Reads the sweep's keys, the base scenario and the varied parameters, adding every problem to
     * {@code problems}. Returns what is needed to check the design points, or null when the
     * design cannot be planned (then the problems say why).
     */
    private static Read read(Path file, String label, YamlNode root, Settings settings, List<Problem> problems) throws ScenarioException {
        if (root == null) {
            throw new ScenarioException(new Problem(label, 0, "", "the file is empty; a sweep needs at least scenario, vary and replications"));
        }
        TreeReader r = new TreeReader(label, Overrides.none());
        Section top = r.root(root);
        if (!top.present()) {
            throw new ScenarioException(r.problems().isEmpty()
                    ? List.of(new Problem(label, 1, "", "expected a sweep (a section of 'key: value' lines)")) : r.problems());
        }
        String name = top.text("name", stem(file));
        String description = top.text("description", "");
        String scenarioText = top.requiredText("scenario", "the base scenario file, relative to this sweep file (e.g. ../nagorno-karabakh-2022.yaml)");
        int scenarioLine = top.lineOf("scenario");
        int before = r.problems().size();
        List<ParameterOverride> fixed = readFixed(top, label);
        List<RawParameter> raw = readVary(top, label);
        int beforeDesign = r.problems().size();
        Design design = top.choice("design", Design.GRID, Design.class, Design::yamlName);
        boolean designRead = r.problems().size() == beforeDesign;
        List<Problem> cli = new ArrayList<>();
        int samples = designRead ? readSamples(top, design, settings.samples(), label, cli) : 0;
        if (!designRead) {
            top.accept("samples");
        }
        checkPaths(fixed, raw, r);
        // Mistakes in what varies, or how, leave no design to check point by point.
        boolean plannable = r.problems().size() == before && cli.isEmpty();
        int replications = readReplications(top, settings.replications(), cli);
        boolean hasSeed = top.has("seed");
        long seed = top.integer("seed", 0, 0, Integer.MAX_VALUE);
        boolean commonSeeds = top.choice("seeds", SeedRule.INDEPENDENT, SeedRule.class, SeedRule::yamlName) == SeedRule.COMMON
                || settings.commonSeeds();
        List<String> metrics = readMetrics(top, label);
        top.done();
        problems.addAll(r.problems());
        problems.addAll(cli);
        if (scenarioText.isBlank()) {
            return null;
        }

        Path scenarioFile = resolve(file, scenarioText);
        ScenarioDocument document;
        try {
            document = ScenarioDocument.load(scenarioFile);
        } catch (ScenarioException e) {
            problems.addAll(relocateMissing(e, scenarioFile, label, scenarioLine, scenarioText));
            return null;
        }
        // The base scenario with the fixed overrides: their mistakes are reported at their lines
        // in the sweep file, and it tells each varied parameter's kind.
        Scenario base;
        boolean fixedBound = true;
        try {
            base = document.bind(Overrides.of(fixed));
        } catch (ScenarioException e) {
            problems.addAll(e.problems());
            plannable = false;
            fixedBound = false;
            try {
                base = document.bind();
            } catch (ScenarioException again) {
                // The scenario itself is broken; its own problems are among those just added.
                return null;
            }
        }

        List<Parameter> parameters = new ArrayList<>();
        int beforeParameters = problems.size();
        for (RawParameter p : raw) {
            Parameter parameter = p.resolve(base, design, label, problems);
            if (parameter != null) {
                parameters.add(parameter);
            }
        }
        if (design.sampled() && raw.isEmpty()) {
            problems.add(new Problem(label, top.lineOf("design"), "vary",
                    "a " + design.yamlName() + " design needs at least one parameter under vary"));
        }
        if (design == Design.SOBOL && raw.size() > 500) {
            problems.add(new Problem(label, top.lineOf("vary"), "vary", "a Sobol design takes at most 500 parameters, got " + raw.size()));
        }
        if (!plannable || problems.size() > beforeParameters) {
            checkValuesAlone(document, fixedBound ? fixed : List.of(), raw, label, problems);
            return null;
        }
        long points = pointCount(design, parameters, samples);
        if (points * replications > Seeds.MAX) {
            problems.add(new Problem(label, top.lineOf("replications"), "replications", points + " design points x "
                    + replications + " replications = " + points * replications + " runs; the most a sweep can hold is " + Seeds.MAX));
            return null;
        }
        long baseSeed = hasSeed ? seed : base.run().seed();
        SweepSpec spec = new SweepSpec(name, description, file, label, scenarioFile, fixed, parameters, design, samples, replications,
                baseSeed, metrics, commonSeeds);
        return new Read(spec, document, base);
    }

    /**
     * When the design cannot be planned, still checks each varied parameter's values on their own
     * (every listed value, or a range's ends) so that a misspelt path or a value out of range is
     * reported in the same pass as the other mistakes.
     */
    private static void checkValuesAlone(ScenarioDocument document, List<ParameterOverride> fixed, List<RawParameter> raw, String label,
                                         List<Problem> problems) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Problem p : problems) {
            seen.add(p.source() + ":" + p.line() + ":" + p.path());
        }
        for (RawParameter p : raw) {
            for (ParameterOverride value : p.candidates(label)) {
                List<ParameterOverride> all = new ArrayList<>(fixed);
                all.add(value);
                try {
                    document.bind(Overrides.of(all));
                } catch (ScenarioException e) {
                    for (Problem q : e.problems()) {
                        if (seen.add(q.source() + ":" + q.line() + ":" + q.path())) {
                            problems.add(q);
                        }
                    }
                }
            }
        }
    }

    /**
     * Binds every design point into a scenario, so that a value out of range, a bad path or a
     * combination the scenario rejects is reported before the first run. Problems at the same
     * place are reported once, from the first design point that has them, with a count.
     */
    static void checkPoints(SweepSpec spec, SweepPlan plan, ScenarioDocument document, int threads,
                            Checking progress, Scenario[] keep) throws ScenarioException {
        int n = plan.points();
        Map<String, PointProblem> found = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.concurrent.atomic.AtomicInteger checked = new java.util.concurrent.atomic.AtomicInteger();
        Runnable check = () -> java.util.stream.IntStream.range(0, n).parallel().forEach(point -> {
            try {
                Scenario s = document.bind(plan.overrides(point));
                if (keep != null) {
                    keep[point] = s;
                }
            } catch (ScenarioException e) {
                for (Problem p : e.problems()) {
                    found.merge(p.source() + ":" + p.line() + ":" + p.path(), new PointProblem(p, point, 1), PointProblem::merge);
                }
            }
            int done = checked.incrementAndGet();
            synchronized (progress) {
                progress.checked(done, n);
            }
        });
        runIn(threads, check);
        if (found.isEmpty()) {
            return;
        }
        List<PointProblem> list = new ArrayList<>(found.values());
        list.sort(java.util.Comparator.comparingInt(PointProblem::point).thenComparing(pp -> pp.problem().line()));
        List<Problem> problems = new ArrayList<>();
        for (PointProblem pp : list) {
            Problem p = pp.problem();
            String where = spec.parameters().isEmpty() ? "" : " (design point " + pp.point() + ": " + describe(spec, plan, pp.point())
                    + (pp.count() > 1 ? "; " + pp.count() + " of " + n + " design points have this problem" : "") + ")";
            problems.add(new Problem(p.source(), p.line(), p.path(), p.message() + where));
        }
        throw new ScenarioException(problems);
    }

    /** Runs {@code work}'s parallel stream on at most {@code threads} threads. */
    private static void runIn(int threads, Runnable work) {
        if (threads <= 1) {
            work.run();
            return;
        }
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
        try {
            pool.submit(work).join();
        } finally {
            pool.shutdown();
        }
    }

    private record PointProblem(Problem problem, int point, int count) {
        PointProblem merge(PointProblem other) {
            PointProblem first = point <= other.point ? this : other;
            return new PointProblem(first.problem, first.point, count + other.count);
        }
    }

    public static String describe(SweepSpec spec, SweepPlan plan, int point) {
        List<String> parts = new ArrayList<>();
        List<String> values = plan.values(point);
        for (int i = 0; i < values.size(); i++) {
            parts.add(spec.parameters().get(i).path() + "=" + values.get(i));
        }
        return String.join(", ", parts);
    }

    // ------------------------------------------------------------------ sections

    private static List<ParameterOverride> readFixed(Section top, String label) {
        List<ParameterOverride> out = new ArrayList<>();
        Section s = top.section("fixed");
        for (String key : s.keys()) {
            YamlNode value = s.rawNode(key);
            int line = s.lineOf(key);
            if (s.pathKey(key) == null) {
                continue;
            }
            if (value.isNull()) {
                s.problem(key, "has no value; expected the value every run gets");
                continue;
            }
            out.add(new ParameterOverride(key, value, label, line, "fixed."));
        }
        s.done();
        return out;
    }

    /** A range as written: {@code {min, max, steps, scale}}; steps 0 when absent. */
    private record RangeText(boolean hasMin, boolean hasMax, double min, double max, int steps, String scale, int minLine,
                             int maxLine, int stepsLine, int scaleLine) {
    }

    /** A varied parameter as written, before the base scenario says what kind of value it takes. */
    private record RawParameter(String path, YamlNode node, int line, RangeText range) {

        /** The values to try on their own: every plain value listed, or a range's ends. */
        List<ParameterOverride> candidates(String label) {
            List<ParameterOverride> out = new ArrayList<>();
            if (node.isList()) {
                for (YamlNode item : node.items()) {
                    if (item.isScalar() && !item.isNull()) {
                        out.add(new ParameterOverride(path, item, label, lineOf(item, line), "vary."));
                    }
                }
            } else if (range != null) {
                if (range.hasMin()) {
                    out.add(new ParameterOverride(path, Values.number(range.min(), false, range.minLine()).node(), label, range.minLine(), "vary."));
                }
                if (range.hasMax()) {
                    out.add(new ParameterOverride(path, Values.number(range.max(), false, range.maxLine()).node(), label, range.maxLine(), "vary."));
                }
            }
            return out;
        }

        Parameter resolve(Scenario base, Design design, String label, List<Problem> problems) {
            Object current = base.parameters().get(path);
            Parameter.Kind kind = kindOf(path, current);
            String shown = "vary." + path;
            if (node.isList()) {
                List<Level> levels = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                List<YamlNode> items = node.items();
                if (items.isEmpty()) {
                    problems.add(new Problem(label, line, shown, "the list of values is empty; give at least two values"));
                    return null;
                }
                int before = problems.size();
                for (YamlNode item : items) {
                    int itemLine = lineOf(item, line);
                    if (!item.isScalar() || item.isNull()) {
                        Problem p = new Problem(label, itemLine, shown, "expected plain values like [500, 1000] or [true, false], got "
                                + (item.isScalar() ? "an empty value" : "a nested list or section"));
                        if (!problems.contains(p)) { // [[1, 2], [3]] on one line: one message
                            problems.add(p);
                        }
                        continue;
                    }
                    String text = item.text();
                    if (text.contains("\n") || text.contains("\r")) {
                        problems.add(new Problem(label, itemLine, shown, "values must fit on one line"));
                        continue;
                    }
                    if (!seen.add(text)) {
                        problems.add(new Problem(label, itemLine, shown, ceasefire.scenario.Printable.quoted(text) + " is listed twice"));
                        continue;
                    }
                    double number = kind == Parameter.Kind.TEXT || kind == Parameter.Kind.OTHER ? levels.size() : Values.parse(text);
                    levels.add(new Level(text, number, item, itemLine));
                }
                if (items.size() == 1 && problems.size() == before) {
                    problems.add(new Problem(label, line, shown, "has a single value; put it under fixed: instead, or list two or more values"));
                    return null;
                }
                return levels.isEmpty() || problems.size() > before ? null : new Parameter(path, kind, new ValueSet.Levels(levels), line, false);
            }
            if (range == null) {
                problems.add(new Problem(label, line, shown, "expected a list of values like [500, 1000, 2000] or a range like "
                        + "{min: 500, max: 2000, steps: 4}; a single value belongs under fixed:"));
                return null;
            }
            return readRange(kind, design, label, problems, current);
        }

        private Parameter readRange(Parameter.Kind kind, Design design, String label, List<Problem> problems, Object current) {
            String shown = "vary." + path;
            RangeText t = range;
            int before = problems.size();
            if (!t.hasMin() || !t.hasMax()) {
                problems.add(new Problem(label, line, shown, "a range needs both min and max (and steps for a grid)"));
            }
            if (current != null && !kind.numeric()) {
                problems.add(new Problem(label, line, shown, "is " + describeKind(current) + ", not a number, so it has no range; "
                        + "list its values instead, e.g. " + (kind == Parameter.Kind.BOOLEAN ? "[true, false]" : "[a, b]")));
            }
            boolean log = false;
            switch (t.scale().toLowerCase(Locale.ROOT)) {
                case "linear" -> log = false;
                case "log" -> log = true;
                default -> problems.add(new Problem(label, t.scaleLine(), shown + ".scale",
                        "'" + t.scale() + "' is not one of linear, log" + Names.didYouMean(t.scale(), List.of("linear", "log"))));
            }
            double min = t.min();
            double max = t.max();
            if (t.hasMin() && t.hasMax()) {
                if (!(min < max)) {
                    problems.add(new Problem(label, t.maxLine(), shown, "min (" + Values.format(min) + ") must be below max ("
                            + Values.format(max) + ")"));
                } else if (log && min <= 0) {
                    problems.add(new Problem(label, t.minLine(), shown + ".min", "a log scale needs min > 0, got " + Values.format(min)));
                }
            }
            if (design == Design.GRID && t.steps() == 0) {
                problems.add(new Problem(label, line, shown, "a grid needs a finite list of values: add steps (e.g. steps: 5) or list the values"));
            }
            if (problems.size() > before) {
                return null;
            }
            boolean integer = kind == Parameter.Kind.INTEGER;
            Parameter.Kind numericKind = kind == Parameter.Kind.OTHER ? Parameter.Kind.NUMBER : kind;
            ValueSet.Range r = new ValueSet.Range(min, max, log, integer, line);
            if (t.steps() == 0) {
                return new Parameter(path, numericKind, r, line, log);
            }
            List<Level> levels = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < t.steps(); i++) {
                // The last step is max itself, not a rounding of it.
                Level l = r.at(i / (double) (t.steps() - 1));
                if (!seen.add(l.text())) {
                    problems.add(new Problem(label, t.stepsLine(), shown + ".steps", t.steps() + " steps between " + Values.format(min)
                            + " and " + Values.format(max) + " repeat the whole number " + l.text() + "; use fewer steps"));
                    return null;
                }
                levels.add(l);
            }
            return new Parameter(path, numericKind, new ValueSet.Levels(levels), line, log);
        }
    }

    private static List<RawParameter> readVary(Section top, String label) {
        List<RawParameter> out = new ArrayList<>();
        Section s = top.section("vary");
        for (String key : s.keys()) {
            YamlNode value = s.rawNode(key);
            int line = s.lineOf(key);
            String path = s.pathKey(key);
            if (path == null) {
                continue;
            }
            RangeText range = null;
            if (value.isSection()) {
                Section r = s.section(key);
                boolean hasMin = r.has("min");
                boolean hasMax = r.has("max");
                double min = r.real("min", Double.NaN, -Double.MAX_VALUE, Double.MAX_VALUE);
                double max = r.real("max", Double.NaN, -Double.MAX_VALUE, Double.MAX_VALUE);
                int steps = r.integer("steps", 0, 2, 1_000_000);
                String scale = r.text("scale", "linear");
                range = new RangeText(hasMin && !Double.isNaN(min), hasMax && !Double.isNaN(max), min, max, steps, scale, r.lineOf("min"),
                        r.lineOf("max"), r.lineOf("steps"), r.lineOf("scale"));
                r.done();
            }
            out.add(new RawParameter(path, value, line, range));
        }
        s.done();
        return out;
    }

    private static void checkPaths(List<ParameterOverride> fixed, List<RawParameter> raw, TreeReader r) {
        Map<String, Integer> fixedLines = new LinkedHashMap<>();
        for (ParameterOverride o : fixed) {
            if (fixedLines.put(o.path(), o.line()) != null) {
                r.problem(o.line(), "fixed." + o.path(), "is given twice (as " + o.path() + " and another spelling of it)");
            }
            if (o.path().equals("run.seed")) {
                r.problem(o.line(), "fixed.run.seed", "seeds are set per run from the sweep's seed; write seed: N at the top of the sweep file");
            }
        }
        Set<String> varied = new HashSet<>();
        for (RawParameter p : raw) {
            if (!varied.add(p.path())) {
                r.problem(p.line(), "vary." + p.path(), "is given twice (as " + p.path() + " and another spelling of it)");
            }
            if (fixedLines.containsKey(p.path())) {
                r.problem(p.line(), "vary." + p.path(), "is also under fixed (line " + fixedLines.get(p.path())
                        + "); a parameter is either fixed or varied");
            }
            if (p.path().equals("run.seed")) {
                r.problem(p.line(), "vary.run.seed", "seeds are set per run from the sweep's seed and cannot be varied; use replications");
            }
        }
    }

    private static int readSamples(Section top, Design design, Integer override, String label, List<Problem> cli) {
        boolean has = top.has("samples");
        int samples = top.integer("samples", 0, 2, MAX_SAMPLES);
        if (design == Design.GRID) {
            if (has) {
                top.problem("samples", "applies to latin_hypercube and sobol designs; a grid runs every combination of the listed values");
            }
            if (override != null) {
                cli.add(new Problem("--samples", 0, "", "applies to latin_hypercube and sobol designs; " + label + " is a grid"));
            }
            return 0;
        }
        if (override != null) {
            if (override < 2 || override > MAX_SAMPLES) {
                cli.add(new Problem("--samples", 0, "", override + " is outside [2, " + MAX_SAMPLES + "]"));
            }
            return override;
        }
        if (!has) {
            top.problem("samples", "is missing; a " + design.yamlName() + " design needs the number of samples (e.g. samples: "
                    + (design == Design.SOBOL ? "256" : "100") + ")");
        }
        return samples;
    }

    private static int readReplications(Section top, Integer override, List<Problem> cli) {
        if (override != null) {
            top.accept("replications");
            if (override < 1 || override > MAX_REPLICATIONS) {
                cli.add(new Problem("--replications", 0, "", override + " is outside [1, " + MAX_REPLICATIONS + "]"));
                return 1;
            }
            return override;
        }
        if (!top.has("replications")) {
            top.problem("replications", "is missing; expected the number of runs per design point, each with its own seed (e.g. replications: 20)");
            return 1;
        }
        return top.integer("replications", 1, 1, MAX_REPLICATIONS);
    }

    private static List<String> readMetrics(Section top, String label) {
        YamlNode node = top.rawNode("metrics");
        if (node == null) {
            return Metrics.DEFAULT;
        }
        List<YamlNode> items = node.isList() ? node.items() : List.of(node);
        if (!node.isList() && !node.isScalar()) {
            top.problem("metrics", "expected a list of metric names like [incidents, collapsed]");
            return Metrics.DEFAULT;
        }
        List<String> out = new ArrayList<>();
        for (YamlNode item : items) {
            int line = lineOf(item, top.lineOf("metrics"));
            if (!item.isScalar() || item.text().isBlank()) {
                top.reader().problem(line, "metrics", "expected a metric name, got " + (item.isScalar() ? "nothing" : "a list or section"));
                continue;
            }
            String name = item.text().strip();
            if (!Metrics.exists(name)) {
                top.reader().problem(line, "metrics", "unknown metric '" + name + "'" + Names.didYouMean(name, Metrics.all())
                        + " (metrics: " + String.join(", ", Metrics.all()) + ")");
            } else if (out.contains(name)) {
                top.reader().problem(line, "metrics", "'" + name + "' is listed twice");
            } else {
                out.add(name);
            }
        }
        if (out.isEmpty() && items.isEmpty()) {
            top.problem("metrics", "the list is empty; name metrics or leave metrics out for the default set ("
                    + String.join(", ", Metrics.DEFAULT) + ")");
        }
        return out;
    }

    // ------------------------------------------------------------------ helpers

    private static long pointCount(Design design, List<Parameter> parameters, int samples) {
        return switch (design) {
            case GRID -> {
                long n = 1;
                for (Parameter p : parameters) {
                    n = Math.min(n * ((ValueSet.Levels) p.values()).size(), Long.MAX_VALUE / 2 / MAX_REPLICATIONS);
                }
                yield n;
            }
            case LATIN_HYPERCUBE -> samples;
            case SOBOL -> (long) samples * (parameters.size() + 2);
        };
    }

    /**
     * The kind of a varied path: a declared parameter's own type (so a weapon's stock, "unlimited"
     * by default, is still a whole number), else the kind of the base scenario's value.
     */
    static Parameter.Kind kindOf(String path, Object value) {
        return ParameterRegistry.find(path).map(p -> switch (p.type()) {
            case SHARE, NUMBER -> Parameter.Kind.NUMBER;
            case WHOLE -> Parameter.Kind.INTEGER;
            case BOOLEAN -> Parameter.Kind.BOOLEAN;
            case CHOICE, TEXT, DATE -> Parameter.Kind.TEXT;
            case NAME_LIST, POSTS -> Parameter.Kind.OTHER;
        }).orElseGet(() -> kindOf(value));
    }

    static Parameter.Kind kindOf(Object value) {
        if (value instanceof Integer || value instanceof Long) {
            return Parameter.Kind.INTEGER;
        }
        if (value instanceof Double || value instanceof Float) {
            return Parameter.Kind.NUMBER;
        }
        if (value instanceof Boolean) {
            return Parameter.Kind.BOOLEAN;
        }
        if (value instanceof String) {
            return Parameter.Kind.TEXT;
        }
        return Parameter.Kind.OTHER;
    }

    private static String describeKind(Object value) {
        if (value instanceof Boolean) {
            return "true or false";
        }
        if (value instanceof String) {
            return "a name";
        }
        return "a list or section";
    }

    private static int lineOf(YamlNode node, int fallback) {
        return node.line() == 0 ? fallback : node.line();
    }

    /** The base scenario's path: relative paths are read from the sweep file's directory. */
    public static Path resolve(Path sweepFile, String scenario) {
        Path p = Path.of(scenario);
        if (p.isAbsolute()) {
            return p.normalize();
        }
        Path dir = sweepFile.getParent();
        return (dir == null ? p : dir.resolve(p)).normalize();
    }

    /**
     * "file not found" for the base scenario is the sweep file's mistake: point at its line (the
     * calibration file uses it too).
     */
    public static List<Problem> relocateMissing(ScenarioException e, Path scenarioFile, String label, int line, String written) {
        List<Problem> out = new ArrayList<>();
        for (Problem p : e.problems()) {
            if (p.line() == 0 && p.path().isEmpty() && p.source().equals(scenarioFile.toString()) && !Files.isRegularFile(scenarioFile)) {
                out.add(new Problem(label, line, "scenario", "'" + written + "': " + p.message() + " (looked for " + scenarioFile.toAbsolutePath().normalize()
                        + "; the path is relative to the sweep file)"));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static String stem(Path file) {
        String name = file.getFileName() == null ? "sweep" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
