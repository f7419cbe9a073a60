package ceasefire.calibrate;

import ceasefire.scenario.Names;
import ceasefire.scenario.Overrides;
import ceasefire.scenario.ParameterOverride;
import ceasefire.scenario.Problem;
import ceasefire.scenario.Scenario;
import ceasefire.scenario.ScenarioDocument;
import ceasefire.scenario.ScenarioException;
import ceasefire.scenario.yaml.Section;
import ceasefire.scenario.yaml.TreeReader;
import ceasefire.scenario.yaml.YamlNode;
import ceasefire.scenario.yaml.YamlText;
import ceasefire.sweep.design.SweepFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and checks a calibration file (YAML; docs/CALIBRATION.md). Like a sweep file it is
 * checked whole before anything runs: its own keys, the scenario, the observed series row by
 * row, each parameter's path and bounds (bound into the scenario at both ends), and whether the
 * observed periods fall within the run's dates. Every problem is reported with file, line and key.
 */
public final class CalibrationFile {

    /** Top-level keys, in the order the docs list them. */
    static final List<String> KEYS = List.of("name", "description", "scenario", "observed", "mapping", "parameters", "held_out",
            "replications", "seed", "method", "budget", "objective", "statistics", "particles");
    /** The key that marks a YAML file as a calibration file rather than a scenario or sweep. */
    public static final String MARKER = "observed";
    /** Most parameters a fit takes (more cannot be identified from one series on a small budget). */
    public static final int MAX_PARAMETERS = 8;
    /** Most replications per candidate. */
    static final int MAX_REPLICATIONS = 1000;
    /** Largest budget accepted (a typo guard). */
    static final int MAX_BUDGET = 1_000_000;

    private CalibrationFile() {
    }

    /** Whether the YAML file's top level has {@value #MARKER}: then it is a calibration file. */
    public static boolean isCalibration(Path file) {
        try {
            return isCalibration(YamlText.parseFile(file, file.toString()));
        } catch (ScenarioException e) {
            return false;
        }
    }

    private static boolean isCalibration(YamlNode root) {
        return root != null && root.hasKey(MARKER);
    }

    /** Loads and checks a calibration file; {@code budget} (from --budget) replaces the file's when not null. */
    public static CalibrationSpec load(Path file, Integer budget) throws ScenarioException {
        String label = file.toString();
        YamlNode root = YamlText.parseFile(file, label);
        if (root == null) {
            throw new ScenarioException(new Problem(label, 0, "", "the file is empty; a calibration needs scenario, observed, mapping and parameters"));
        }
        if ((root.hasKey("sides") || root.hasKey("vary")) && !isCalibration(root)) {
            throw new ScenarioException(new Problem(label, 1, "", "is a " + (root.hasKey("vary") ? "sweep" : "scenario") + " file, not a calibration file (which names a scenario, "
                    + "observed, mapping and parameters; see docs/CALIBRATION.md)"));
        }
        TreeReader r = new TreeReader(label, Overrides.none());
        Section top = r.root(root);
        if (!top.present()) {
            throw new ScenarioException(r.problems().isEmpty()
                    ? List.of(new Problem(label, 1, "", "expected a calibration (a section of 'key: value' lines)")) : r.problems());
        }
        List<Problem> problems = new ArrayList<>();
        String name = top.text("name", stem(file));
        top.text("description", "");
        String scenarioText = top.requiredText("scenario", "the scenario to fit, relative to this file (e.g. ../kashmir-loc-2018-2021.yaml)");
        int scenarioLine = top.lineOf("scenario");

        Section obs = top.section("observed");
        if (!obs.present()) {
            top.problem("observed", "is missing; expected file, period, date_column and count_column");
        }
        String seriesText = obs.requiredText("file", "the observed series (CSV), relative to this file");
        int seriesLine = obs.lineOf("file");
        ObservedSeries.Period period = obs.choice("period", ObservedSeries.Period.MONTHLY, ObservedSeries.Period.class,
                ObservedSeries.Period::yamlName);
        String dateColumn = obs.text("date_column", "date");
        String countColumn = obs.text("count_column", "count");
        obs.done();

        Section map = top.section("mapping");
        String metric = map.text("metric", "incidents");
        if (!Simulator.METRICS.contains(metric)) {
            map.problem("metric", "'" + metric + "' is not one of " + String.join(", ", Simulator.METRICS)
                    + Names.didYouMean(metric, Simulator.METRICS));
        }
        Optional<LocalDate> startGiven = map.date("start");
        int startLine = map.has("start") ? map.lineOf("start") : map.line();
        map.done();

        List<RawParameter> raw = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Section p : top.sections("parameters")) {
            String path = p.requiredText("path", "a scenario path as --set takes it, e.g. dynamics.opportunity");
            boolean hasBounds = p.has("min") && p.has("max");
            double min = p.real("min", Double.NaN, -Double.MAX_VALUE, Double.MAX_VALUE);
            double max = p.real("max", Double.NaN, -Double.MAX_VALUE, Double.MAX_VALUE);
            String scale = p.text("scale", "linear");
            p.done();
            if (path.isEmpty()) {
                continue;
            }
            if (!ceasefire.scenario.Paths.isValid(path)) {
                p.problem("path", ceasefire.scenario.Paths.NOT_A_PATH);
                continue;
            }
            String canonical = ceasefire.scenario.Paths.canonical(path);
            if (!seen.add(canonical)) {
                p.problem("path", "'" + path + "' is fitted twice");
            }
            if (!hasBounds) {
                p.problem("", "needs both min and max");
                continue;
            }
            boolean log = switch (scale) {
                case "log" -> true;
                case "linear" -> false;
                default -> {
                    p.problem("scale", "'" + scale + "' is not one of linear, log" + Names.didYouMean(scale, List.of("linear", "log")));
                    yield false;
                }
            };
            if (!(min < max)) {
                p.problem("max", "min (" + min + ") must be below max (" + max + ")");
                continue;
            }
            if (log && min <= 0) {
                p.problem("min", "a log scale needs min > 0, got " + min);
                continue;
            }
            raw.add(new RawParameter(canonical, min, max, log, p.line(), p.path()));
        }
        if (!top.has("parameters")) {
            top.problem("parameters", "is missing; list the parameters to fit, e.g. - {path: dynamics.opportunity, min: 0.01, max: 0.2, scale: log}");
        } else if (raw.isEmpty() && r.problems().isEmpty()) {
            top.problem("parameters", "lists no parameter to fit");
        } else if (raw.size() > MAX_PARAMETERS) {
            top.problem("parameters", raw.size() + " parameters; one series can identify a few, so at most " + MAX_PARAMETERS + " are taken");
        }

        YamlNode heldNode = top.rawNode("held_out");
        top.accept("held_out");
        int replications = top.integer("replications", 8, 1, MAX_REPLICATIONS);
        long seed = top.integer("seed", 1, 0, Integer.MAX_VALUE);
        CalibrationSpec.Method method = top.choice("method", CalibrationSpec.Method.CMAES, CalibrationSpec.Method.class, CalibrationSpec.Method::id);
        int fileBudget = top.integer("budget", 200, 1, MAX_BUDGET);
        CalibrationSpec.Objective objective = top.choice("objective", CalibrationSpec.Objective.RMSE_LOG, CalibrationSpec.Objective.class,
                CalibrationSpec.Objective::id);
        Map<String, Double> statistics = new LinkedHashMap<>();
        Section stats = top.section("statistics");
        for (String s : CalibrationSpec.STATISTICS) {
            if (stats.has(s)) {
                double w = stats.real(s, 0, 0, 1e6);
                if (w > 0) {
                    statistics.put(s, w);
                }
            }
        }
        stats.done();
        int particles = top.integer("particles", 40, 4, 100_000);
        top.done();
        problems.addAll(r.problems());
        if (budget != null && (budget < 1 || budget > MAX_BUDGET)) {
            problems.add(new Problem("--budget", 0, "", budget + " is outside [1, " + MAX_BUDGET + "]"));
        }

        // The observed series.
        ObservedSeries series = null;
        if (!seriesText.isBlank()) {
            Path seriesFile = SweepFile.resolve(file, seriesText);
            try {
                series = ObservedSeries.read(seriesFile, seriesFile.toString(), period, dateColumn, countColumn);
            } catch (ScenarioException e) {
                for (Problem q : e.problems()) {
                    problems.add(q.line() == 0 && q.message().equals("no such file")
                            ? new Problem(label, seriesLine, "observed.file", "'" + seriesText + "': no such file (looked for "
                                    + seriesFile.toAbsolutePath().normalize() + "; the path is relative to the calibration file)") : q);
                }
            }
        }

        // The scenario and the parameters bound into it at both ends of their ranges.
        if (scenarioText.isBlank()) {
            throw new ScenarioException(problems);
        }
        Path scenarioFile = SweepFile.resolve(file, scenarioText);
        ScenarioDocument document;
        Scenario base;
        try {
            document = ScenarioDocument.load(scenarioFile);
            base = document.bind();
        } catch (ScenarioException e) {
            problems.addAll(SweepFile.relocateMissing(e, scenarioFile, label, scenarioLine, scenarioText));
            throw new ScenarioException(problems);
        }
        List<CalibrationSpec.FitParameter> parameters = new ArrayList<>();
        for (RawParameter p : raw) {
            Object current = base.parameters().get(p.path);
            if (current != null && !(current instanceof Number)) {
                problems.add(new Problem(label, p.line, p.shown + ".path", p.path + " holds " + current + ", not a number; only numbers can be fitted"));
                continue;
            }
            boolean integer = current instanceof Integer || current instanceof Long;
            CalibrationSpec.FitParameter fp = new CalibrationSpec.FitParameter(p.path, p.min, p.max, p.log, integer, p.line);
            int before = problems.size();
            for (double v : new double[] {p.min, p.max}) {
                try {
                    document.bind(Overrides.of(List.of(new ParameterOverride(p.path, YamlText.parseValue(fp.text(v), label), label, p.line, ""))));
                } catch (ScenarioException e) {
                    for (Problem q : e.problems()) {
                        Problem moved = new Problem(label, p.line, p.shown + ".path", (q.path().isEmpty() ? "" : q.path() + ": ") + q.message());
                        if (!problems.contains(moved)) {
                            problems.add(moved);
                        }
                    }
                }
            }
            if (problems.size() == before) {
                parameters.add(fp);
            }
        }

        // Periods against the run's dates.
        LocalDate start = startGiven.orElse(base.run().startDate().orElse(null));
        int[] first = new int[0];
        int[] end = new int[0];
        boolean[] heldOut = new boolean[0];
        if (series != null) {
            first = new int[series.size()];
            end = new int[series.size()];
            if (start == null) {
                problems.add(new Problem(label, startLine, "mapping.start", "the scenario has no run.start_date; give the date of the model's day 0 here"));
            } else {
                int days = base.run().days();
                for (int i = 0; i < series.size(); i++) {
                    LocalDate s = series.starts().get(i);
                    first[i] = (int) ChronoUnit.DAYS.between(start, s);
                    end[i] = (int) ChronoUnit.DAYS.between(start, series.period().end(s));
                    if (first[i] < 0 || end[i] > days) {
                        problems.add(new Problem(series.file(), series.lines()[i], countColumn, "period " + series.labels().get(i) + " is outside the run ("
                                + start + " plus " + days + " days, to " + start.plusDays(days - 1L) + "); change mapping.start at " + label + ":"
                                + startLine + " or the scenario's run.days"));
                        if (problems.size() > 60) {
                            break;
                        }
                    }
                }
            }
            heldOut = heldOut(heldNode, series, label, top.lineOf("held_out"), problems);
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        Scenario running = base;
        if (series != null && end[end.length - 1] != base.run().days()) {
            // Run only as long as the series needs.
            running = base.withRun(new ceasefire.scenario.RunSpec(base.run().seed(), end[end.length - 1], base.run().stopOnCollapse(),
                    base.run().startDate()));
        }
        return new CalibrationSpec(name, file, label, scenarioFile, document, running, series, metric, start, first, end, parameters, heldOut,
                replications, seed, method, budget != null ? budget : fileBudget, objective, statistics, particles);
    }

    private record RawParameter(String path, double min, double max, boolean log, int line, String shown) {
    }

    /** held_out: a list of periods as the series writes them, or {last: N}; absent: nothing held out. */
    private static boolean[] heldOut(YamlNode node, ObservedSeries series, String label, int line, List<Problem> problems) {
        boolean[] held = new boolean[series.size()];
        if (node == null || (node.isScalar() && (node.text().isEmpty() || node.text().equals("null") || node.text().equals("~")))) {
            return held;
        }
        if (node.isSection()) {
            for (YamlNode.Entry t : node.entries()) {
                String key = t.key().isScalar() ? t.key().text() : "";
                int l = t.key().line();
                if (!key.equals("last")) {
                    problems.add(new Problem(label, l, "held_out." + key, "unknown key" + Names.didYouMean(key, List.of("last")) + " (valid: last)"));
                    continue;
                }
                int n = -1;
                if (t.value().isScalar()) {
                    try {
                        n = Integer.parseInt(t.value().text());
                    } catch (NumberFormatException e) {
                        n = -1;
                    }
                }
                if (n < 0 || n > series.size() - 3) {
                    problems.add(new Problem(label, l, "held_out.last", "expected a whole number from 0 to " + (series.size() - 3)
                            + " (at least 3 periods must stay in the fit)"));
                    continue;
                }
                for (int i = series.size() - n; i < series.size(); i++) {
                    held[i] = true;
                }
            }
        } else if (node.isList()) {
            for (YamlNode item : node.items()) {
                int l = item.line();
                String text = item.isScalar() ? item.text() : "";
                int i = series.indexOf(text);
                if (i < 0) {
                    problems.add(new Problem(label, l, "held_out", "'" + text + "' is not a period of " + series.file() + " ("
                            + series.labels().get(0) + " to " + series.labels().get(series.size() - 1) + ")"));
                } else {
                    held[i] = true;
                }
            }
        } else {
            problems.add(new Problem(label, line, "held_out", "expected a list of periods, e.g. [2021-05, 2021-06], or {last: N}"));
        }
        int kept = 0;
        for (boolean h : held) {
            kept += h ? 0 : 1;
        }
        if (kept < 3) {
            problems.add(new Problem(label, line, "held_out", "leaves " + kept + " periods to fit; at least 3 must stay in the fit"));
        }
        return held;
    }

    private static String stem(Path file) {
        String name = file.getFileName() == null ? "calibration" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
