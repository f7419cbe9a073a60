package ceasefire.calibrate;

import ceasefire.Version;
import ceasefire.output.English;
import ceasefire.output.Num;
import ceasefire.output.Report;
import ceasefire.scenario.Labels;
import ceasefire.sweep.statistics.Stats;
import java.awt.Dimension;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;

/**
 * The {@code report.html} of a calibration: what was run, the fitted values with their intervals
 * and whether each is identified, goodness of fit on the fitted and the held-out periods, every
 * chart, the ABC-SMC posterior, and links to the files. Rewritten at the end of every session.
 */
final class CalibrationReport {

    /** A chart, its own size in CSS pixels and its caption. */
    record Chart(JFreeChart chart, Dimension size, String caption) {
    }

    /** What the calibration found; {@code heldOut} is null without held-out periods, {@code abc} without ABC-SMC. */
    record Outcome(double[] best, Map<String, double[]> intervals, double objective, double tolerance, int evaluations, int reused,
                   Map<String, Object> fitted, Map<String, Object> heldOut, AbcSmc.Result abc) {
    }

    private CalibrationReport() {
    }

    static void write(Path file, CalibrationSpec spec, Outcome o, Map<String, Chart> charts, List<String> files) throws IOException {
        ObservedSeries obs = spec.observed();
        List<String> labels = obs.labels();
        int k = spec.parameters().size();
        Report page = new Report(spec.name() + ": calibration report", "Fits " + English.count(k, "parameter") + " of "
                + spec.base().name() + " to " + obs.file() + " by " + spec.method().id() + ".");

        page.section("What was run", "run");
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {"calibration file", spec.label()});
        facts.add(new String[] {"scenario", spec.base().name() + " (" + spec.scenarioFile() + ")"});
        boolean[] held = spec.heldOut();
        List<String> heldLabels = new ArrayList<>();
        for (int i = 0; i < held.length; i++) {
            if (held[i]) {
                heldLabels.add(labels.get(i));
            }
        }
        facts.add(new String[] {"observed series", obs.file() + ": " + English.count(obs.size(), obs.period().noun()) + ", "
                + labels.get(0) + " to " + labels.get(labels.size() - 1) + "; the model's " + spec.metric() + " per " + obs.period().noun()});
        facts.add(new String[] {"held out", heldLabels.isEmpty() ? "nothing"
                : English.count(heldLabels.size(), obs.period().noun()) + " (" + String.join(", ", heldLabels) + ")"});
        facts.add(new String[] {"method", spec.method().id() + ", objective " + spec.objective().id()
                + (spec.statistics().isEmpty() ? "" : " plus weighted statistics " + spec.statistics())});
        facts.add(new String[] {"budget", English.count(spec.budget(), "candidate evaluation") + " for the search; "
                + English.count(o.evaluations(), "evaluation") + " in all (search and profiles), " + o.reused()
                + " of them read back from an earlier session's trace"});
        facts.add(new String[] {"seeds", "seed " + spec.seed() + "; every candidate runs " + English.count(spec.replications(), "replication")
                + " on the same seeds (common random numbers)"});
        facts.add(new String[] {"program", "ceasefire " + Version.get()});
        facts.add(new String[] {"date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()});
        page.facts(facts);

        page.section("Fitted values", "fitted");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            CalibrationSpec.FitParameter p = spec.parameters().get(i);
            double[] iv = o.intervals().get(p.path());
            boolean low = iv[0] <= p.min();
            boolean high = iv[1] >= p.max();
            String identified = low && high ? "no: the interval spans the whole range"
                    : low ? "no: the interval reaches the lower bound" : high ? "no: the interval reaches the upper bound" : "yes";
            rows.add(List.of(Labels.axis(p.path()), p.path(), Num.fmt(o.best()[i], 4), "[" + Num.fmt(iv[0], 4) + ", " + Num.fmt(iv[1], 4) + "]",
                    "[" + Num.fmt(p.min(), 4) + ", " + Num.fmt(p.max(), 4) + "]" + (p.log() ? " log" : ""), identified));
        }
        page.table("fitted", List.of("parameter", "path", "best", "95% interval", "searched", "identified"), rows);
        page.paragraph("Best objective " + Num.fmt(o.objective(), 4) + " (" + spec.objective().id() + "); tolerance "
                + Num.fmt(o.tolerance(), 4) + ". " + (o.abc() != null
                ? "Intervals: the 2.5% and 97.5% quantiles of the ABC-SMC posterior."
                : "Intervals: approximate 95% profile-likelihood intervals, the values along each parameter's profile whose objective "
                        + "stays within the tolerance of the best (a chi-square cut for one parameter scaled by the design effect, plus the "
                        + "winner's curse and twice the seed noise), "
                        + "widened by every candidate of the search that did as well."));
        page.caveat("A parameter whose interval reaches a bound of its searched range is not identified there: the series cannot "
                + "tell those values apart, and the best value on that side means little. best.yaml holds the best values all the same.");

        page.section("Goodness of fit", "goodness");
        List<List<String>> fit = new ArrayList<>();
        fit.add(goodness("fitted", o.fitted()));
        if (o.heldOut() != null) {
            fit.add(goodness("held out", o.heldOut()));
        }
        page.table("goodness", List.of("periods", "n", "RMSE of log(1 + count)", "coverage of the 90% band", "deviance"), fit);
        page.paragraph("At the best candidate, over its replications: RMSE of log(1 + count) against the median; the share of periods "
                + "whose observed count lies in the 5-95% band (about 90% if the model's spread is right); the negative-binomial "
                + "deviance per period." + (o.heldOut() == null ? " No periods were held out." : " The held-out periods took no part "
                + "in the fit: how the model does there is the honest test."));

        if (o.abc() != null) {
            page.section("Posterior (ABC-SMC)", "posterior");
            page.paragraph(English.count(o.abc().particles().size(), "particle") + " after " + English.count(o.abc().generations(), "generation")
                    + ", final tolerance " + Num.fmt(o.abc().tolerance(), 4) + "; every particle has the same weight.");
            List<List<String>> post = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                CalibrationSpec.FitParameter p = spec.parameters().get(i);
                double[] m = AbcSmc.marginal(o.abc().particles(), i);
                List<String> row = new ArrayList<>(List.of(Labels.axis(p.path())));
                for (double q : new double[] {0.025, 0.25, 0.5, 0.75, 0.975}) {
                    row.add(Num.fmt(p.value(Stats.quantile(m, q)), 4));
                }
                post.add(row);
            }
            page.table("posterior", List.of("parameter", "2.5%", "25%", "median", "75%", "97.5%"), post);
        }

        page.section("Charts", "charts");
        for (Map.Entry<String, Chart> c : charts.entrySet()) {
            String stem = "charts/" + c.getKey() + ".";
            page.chart(c.getValue().chart(), c.getValue().size(), c.getValue().caption(), files.stream().filter(f -> f.startsWith(stem)).toList());
        }

        page.section("Files", "files");
        List<String[]> links = new ArrayList<>();
        for (String f : files) {
            if (DESCRIPTIONS.containsKey(f)) {
                links.add(new String[] {f, DESCRIPTIONS.get(f)});
            }
        }
        page.files(links);
        page.write(file, "Written by ceasefire " + Version.get() + ". Self-contained: charts are inline SVG; the links open the "
                + "calibration's own files beside this page.");
    }

    private static List<String> goodness(String name, Map<String, Object> g) {
        return List.of(name, String.valueOf(g.get("periods")), Num.fmt((Double) g.get("rmse_log"), 3),
                percent((Double) g.get("coverage_90")), Num.fmt((Double) g.get("deviance"), 3));
    }

    private static String percent(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * v);
    }

    private static final Map<String, String> DESCRIPTIONS = new java.util.LinkedHashMap<>();

    static {
        DESCRIPTIONS.put("trace.csv", "every evaluation: phase, parameter values, objective, RMSE, deviance, coverage");
        DESCRIPTIONS.put("fit.csv", "per period: observed, simulated median, 5% and 95%, held out or not");
        DESCRIPTIONS.put("best.yaml", "the scenario with the fitted values (./ceasefire run best.yaml runs it)");
        DESCRIPTIONS.put("summary.json", "the best values with their intervals and the goodness of fit, for programs");
        DESCRIPTIONS.put("posterior.csv", "the ABC-SMC posterior's particles");
        DESCRIPTIONS.put("profile.csv", "the objective along each parameter's profile");
        DESCRIPTIONS.put(Calibration.MARKER, "the marker: the inputs' SHA-256 and the program version");
    }
}
