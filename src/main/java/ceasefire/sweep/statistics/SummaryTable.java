package ceasefire.sweep.statistics;

import ceasefire.output.AtomicFiles;
import ceasefire.output.CsvOut;
import ceasefire.output.Num;
import ceasefire.sweep.design.Metrics;
import ceasefire.sweep.design.SweepPlan;
import ceasefire.sweep.design.Values;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code summary.csv}: one row per design point and metric, in point order, computed from runs.csv:
 * n, undefined and failed runs, mean, standard deviation, 95% interval (Student t for the mean;
 * Wilson for yes/no metrics, whose mean is the proportion), median and quartiles (R's type 7),
 * minimum and maximum.
 */
public final class SummaryTable {

    public static final String FILE = "summary.csv";
    /** Columns after the point and its parameter values. */
    public static final List<String> STAT_COLUMNS = List.of("metric", "n", "undefined", "failed", "mean", "sd", "ci_low", "ci_high",
            "ci_method", "median", "q1", "q3", "min", "max");

    /** One design point and metric. */
    public record Row(int point, List<String> values, String metric, int undefined, int failed, Stats.Summary stats, String ciMethod) {
    }

    private SummaryTable() {
    }

    public static List<Row> rows(SweepPlan plan, RunResults results, List<String> metrics) {
        List<Row> rows = new ArrayList<>();
        for (int point = 0; point < plan.points(); point++) {
            List<String> values = plan.values(point);
            int failed = results.failedAt(point);
            for (String metric : metrics) {
                double[] v = results.values(metric, point);
                Stats.Estimate e = Stats.estimate(v, Metrics.isBinary(metric), Metrics.lower(metric), Metrics.upper(metric));
                rows.add(new Row(point, values, metric, results.undefinedAt(metric, point), failed, e.stats(), e.method()));
            }
        }
        return rows;
    }

    public static void write(Path file, SweepPlan plan, List<String> parameters, List<Row> rows) throws IOException {
        List<String> header = new ArrayList<>();
        header.add("point");
        header.addAll(parameters);
        header.addAll(STAT_COLUMNS);
        AtomicFiles.writeText(file, w -> {
            CSVPrinter p = CsvOut.printer(w, header);
            for (Row r : rows) {
                List<Object> rec = new ArrayList<>();
                rec.add(r.point());
                rec.addAll(r.values());
                Stats.Summary s = r.stats();
                rec.add(r.metric());
                rec.add(s.n());
                rec.add(r.undefined());
                rec.add(r.failed());
                rec.add(Num.fmt(s.mean()));
                rec.add(Num.fmt(s.sd()));
                rec.add(Num.fmt(s.ciLow()));
                rec.add(Num.fmt(s.ciHigh()));
                rec.add(s.n() == 0 ? "" : r.ciMethod());
                rec.add(Num.fmt(s.median()));
                rec.add(Num.fmt(s.q1()));
                rec.add(Num.fmt(s.q3()));
                rec.add(Num.fmt(s.min()));
                rec.add(Num.fmt(s.max()));
                p.printRecord(rec);
            }
            p.flush();
        });
    }

    /** {@code sensitivity.csv}: one row per metric, parameter and measure. */
    public static void writeSensitivity(Path file, List<Sensitivity.Index> indices) throws IOException {
        AtomicFiles.writeText(file, w -> {
            CSVPrinter p = CsvOut.printer(w, List.of("metric", "parameter", "measure", "estimate", "ci_low", "ci_high", "p_value", "n", "r2",
                    "note"));
            for (Sensitivity.Index i : indices) {
                p.printRecord(i.metric(), i.parameter(), i.measure(), Num.fmt(i.estimate()), Num.fmt(i.ciLow()), Num.fmt(i.ciHigh()),
                        i.p() == 0 || Double.isNaN(i.p()) ? Num.fmt(i.p()) : Values.format(i.p()), i.n(), Num.fmt(i.r2()), i.note());
            }
            p.flush();
        });
    }
}
