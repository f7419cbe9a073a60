package ceasefire.facts;

import ceasefire.sweep.statistics.Stats;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stylized facts of a group of runs (one run, or the replications of one setting): each
 * figure per run, then its median and the 2.5% and 97.5% quantiles over the runs that define it.
 * Figures about events are computed per event: scripted recommitments (the same day in every
 * run) each get their own rows, emergent talks are pooled, and so are commitment renewals that
 * no narrative or scenario copy says are either.
 */
public final class FactsTable {

    /** One line of facts.csv. */
    public record Row(String figure, String event, int runs, int n, double median, double low, double high) {
    }

    private FactsTable() {
    }

    /** The figures of one run, by name, in the order of docs/FACTS.md. */
    public static Map<String, Double> runFigures(RunSeries r) {
        Map<String, Double> f = new LinkedHashMap<>();
        double[] weekly = StylizedFacts.blocks(r.incidents(), StylizedFacts.WEEK);
        double[] monthly = StylizedFacts.months(r.incidents(), r.start());
        f.put("incidents_per_week", StylizedFacts.mean(weekly));
        f.put("dispersion_weekly", StylizedFacts.dispersionIndex(weekly));
        f.put("dispersion_monthly", StylizedFacts.dispersionIndex(monthly));
        f.put("autocorrelation_weekly", StylizedFacts.autocorrelation(weekly));
        f.put("autocorrelation_monthly", StylizedFacts.autocorrelation(monthly));
        f.put("autocorrelation_escalation_weekly", StylizedFacts.autocorrelation(StylizedFacts.blockMeans(r.escalation(), StylizedFacts.WEEK)));
        f.put("burst_share", StylizedFacts.burstShare(weekly));
        f.put("burst_share_poisson", StylizedFacts.poissonBurstShare(weekly));
        f.put("casualties_per_month", StylizedFacts.mean(StylizedFacts.months(r.casualties(), r.start())));
        return f;
    }

    /** Rows for every figure over {@code runs}. */
    public static List<Row> of(List<RunSeries> runs) {
        List<Row> rows = new ArrayList<>();
        Map<String, List<Double>> byFigure = new LinkedHashMap<>();
        for (RunSeries r : runs) {
            runFigures(r).forEach((k, v) -> byFigure.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
        }
        byFigure.forEach((k, v) -> rows.add(row(k, "", runs.size(), v)));
        // Event figures: a key per scripted recommitment day, one for all talks.
        Map<String, List<StylizedFacts.Drop>> drops = new LinkedHashMap<>();
        for (RunSeries r : runs) {
            for (RunSeries.Event e : r.events()) {
                String key = switch (e.kind()) {
                    case RECOMMIT -> "recommit day " + e.day();
                    case TALKS -> "talks (all)";
                    case RENEWED -> "commitment renewed (all)"; // recommitment or talks: no scenario copy says which
                };
                drops.computeIfAbsent(key, x -> new ArrayList<>()).add(StylizedFacts.drop(r.incidents(), e.day()));
            }
        }
        drops.entrySet().stream().sorted(Map.Entry.comparingByKey(FactsTable::eventOrder)).forEach(e -> {
            List<StylizedFacts.Drop> d = e.getValue();
            rows.add(row("drop_2w", e.getKey(), runs.size(), d.stream().map(StylizedFacts.Drop::drop2).toList()));
            rows.add(row("drop_4w", e.getKey(), runs.size(), d.stream().map(StylizedFacts.Drop::drop4).toList()));
            rows.add(row("weeks_to_half", e.getKey(), runs.size(), d.stream().map(StylizedFacts.Drop::weeksToHalf).toList()));
            rows.add(row("relapsed_share", e.getKey(), runs.size(), d.stream()
                    .filter(x -> !Double.isNaN(x.drop2())).map(x -> x.relapsed() ? 1.0 : 0.0).toList()));
        });
        return rows;
    }

    private static int eventOrder(String a, String b) {
        // Recommitments by day first, then the pooled events.
        boolean ta = !a.startsWith("recommit day ");
        boolean tb = !b.startsWith("recommit day ");
        if (ta != tb) {
            return ta ? 1 : -1;
        }
        if (ta) {
            return b.compareTo(a); // talks (all) before commitment renewed (all)
        }
        return Integer.compare(Integer.parseInt(a.substring(a.lastIndexOf(' ') + 1)), Integer.parseInt(b.substring(b.lastIndexOf(' ') + 1)));
    }

    static Row row(String figure, String event, int runs, List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).filter(x -> !Double.isNaN(x)).sorted().toArray();
        return new Row(figure, event, runs, v.length, Stats.quantile(v, 0.5), Stats.quantile(v, 0.025), Stats.quantile(v, 0.975));
    }
}
