package ceasefire.output;

import ceasefire.Version;
import ceasefire.model.DayRecord;
import ceasefire.events.NarrativeEntry;
import ceasefire.events.NarrativeEvent;
import ceasefire.events.NarrativeKind;
import ceasefire.model.RunSummary;
import ceasefire.scenario.Scenario;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.jfree.chart.JFreeChart;

/**
 * The {@code report.html} of a run directory: what was run, the headline figures, every chart,
 * the narrative's key moments (the days of highest escalation, rebukes, talks, recommitments)
 * and links to the files.
 */
final class RunReport {

    /** Days of highest escalation shown, at least this many days apart. */
    static final int PEAKS = 3;
    static final int PEAK_SEPARATION = 7;

    private RunReport() {
    }

    static void write(Path file, RunWriter w, List<String> files) throws IOException {
        Scenario s = w.scenario();
        RunSummary r = w.summary();
        Report page = new Report(s.name() + ": run report", s.description());

        page.section("What was run", "run");
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {"scenario", s.name() + " (" + w.scenarioFile() + ")"});
        facts.add(new String[] {"seed", Long.toString(s.run().seed())});
        String dates = s.run().startDate().isPresent() && r.daysRun() > 0
                ? " (" + s.run().dateOf(0) + " to " + s.run().dateOf(r.daysRun() - 1) + ")" : "";
        facts.add(new String[] {"days", r.daysRun() + " of " + r.daysPlanned() + dates});
        Map<String, String> overrides = w.overrides().asText();
        List<String> o = new ArrayList<>();
        overrides.forEach((k, v) -> o.add(k + " = " + v));
        facts.add(new String[] {"overrides", o.isEmpty() ? "none" : String.join("; ", o)});
        facts.add(new String[] {"program", "ceasefire " + Version.get()});
        facts.add(new String[] {"written", now()});
        page.facts(facts);

        page.section("Headline figures", "headline");
        String a = s.a().name();
        String b = s.b().name();
        page.table("headline", List.of("measure", "value"), List.of(
                List.of("incidents", r.incidents() + " (" + a + " " + r.incidentsA() + ", " + b + " " + r.incidentsB() + ")"),
                List.of("detected by the peacekeepers", pct(r.detectionRate())),
                List.of("casualties", r.casualties() + " (" + a + " " + r.casualtiesA() + ", " + b + " " + r.casualtiesB() + ")"),
                List.of("peak escalation", Num.fmt(r.peakEscalation(), 2) + " (" + r.peakLevel().label() + ")"),
                List.of("the ceasefire", r.collapsed() ? "collapsed on day " + r.collapseDay() : "held"),
                List.of("talks", English.count(r.talksHeld(), "round") + ", " + r.talksSucceeded() + " succeeded"),
                List.of("public rebukes", Integer.toString(r.rebukes())),
                List.of("withdrawal demands", r.withdrawalDemands() + " (" + r.refusals() + " refused)")));
        page.caveat("One run is one seed: the next seed tells another story. For means with 95% confidence intervals, run "
                + "the scenario with --replications N (or a sweep) and read that directory's report.");

        page.section("Charts", "charts");
        Map<String, JFreeChart> charts = w.charts();
        for (Map.Entry<String, JFreeChart> e : charts.entrySet()) {
            Rectangle size = w.defaultSize(e.getKey());
            String stem = RunWriter.stem(e.getKey());
            List<String> own = files.stream().filter(f -> f.startsWith(stem + ".")).toList();
            page.chart(e.getValue(), new Dimension(size.width, size.height), CAPTIONS.getOrDefault(stem, ""), own);
        }

        page.section("Key moments", "moments");
        keyMoments(page, w);

        page.section("Files", "files");
        List<String[]> links = new ArrayList<>();
        for (String f : files) {
            links.add(new String[] {f, DESCRIPTIONS.getOrDefault(f, "")});
        }
        page.files(links);
        page.write(file, "Written by ceasefire " + Version.get() + ". Self-contained: charts are inline SVG; "
                + "the links open the run's own files beside this page.");
    }

    private static final Map<String, String> CAPTIONS = Map.of(
            "incidents", "Incidents per day, by the side that committed them and by type.",
            "escalation", "The escalation index and both sides' hostility, with scripted events, rebukes and talks marked.",
            "casualties", "Cumulative casualties suffered by each side.",
            "heatmap", "Where incidents happened, over the map, with the peacekeepers' posts.");

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "timeseries.csv", "one row per day",
            "incidents.csv", "one row per incident",
            "narrative.csv", "every statement and event, with its facts",
            "narrative.txt", "the narrative to read, repeats summarised",
            "summary.json", "totals, every parameter's value, provenance",
            "scenario.yaml", "the scenario as it was read");

    /**
     * The days the narrative turns on: the highest escalation (up to {@value #PEAKS} days, a week
     * apart at least), every rebuke, every round of talks and every recommitment, each with what
     * was said that day.
     */
    static void keyMoments(Report page, RunWriter w) {
        Scenario s = w.scenario();
        List<DayRecord> days = w.log().days();
        List<NarrativeEntry> narrative = w.log().narrative();
        NarrativeEnglish english = new NarrativeEnglish(s);
        List<DayRecord> byEscalation = new ArrayList<>(days);
        byEscalation.sort(Comparator.comparingDouble(DayRecord::escalation).reversed().thenComparingInt(DayRecord::step));
        List<Integer> peaks = new ArrayList<>();
        for (DayRecord d : byEscalation) {
            if (peaks.size() >= PEAKS || d.escalation() <= 0) {
                break;
            }
            if (peaks.stream().allMatch(p -> Math.abs(p - d.step()) >= PEAK_SEPARATION)) {
                peaks.add(d.step());
            }
        }
        page.subsection("Highest escalation");
        page.paragraph("The " + English.count(PEAKS, "day") + " of highest escalation at least " + PEAK_SEPARATION
                + " days apart, so that one crisis is shown once: the days around each may be as high.");
        List<String[]> items = new ArrayList<>();
        for (int p : new TreeSet<>(peaks)) {
            DayRecord d = days.get(p);
            StringBuilder said = new StringBuilder("escalation " + Num.fmt(d.escalation(), 2) + " (" + d.level().label() + "), "
                    + English.count(d.incidents(), "incident") + ".");
            for (NarrativeEntry e : narrative) {
                if (e.step() == p && e.kind() != NarrativeKind.LEVEL) {
                    said.append(' ').append(english.sentence(e)).append('.');
                }
            }
            items.add(new String[] {day(s, p), said.toString()});
        }
        page.moments(items);
        moments(page, s, english, narrative, "Rebukes", e -> e.kind() == NarrativeKind.REBUKE);
        moments(page, s, english, narrative, "Talks", e -> e.kind() == NarrativeKind.TALKS || e.kind() == NarrativeKind.TALKS_FAILED);
        // Scripted recommitments and talks that end in one.
        moments(page, s, english, narrative, "Recommitments", e -> e.event() instanceof NarrativeEvent.Recommitment
                || e.event() instanceof NarrativeEvent.Talks t && t.agreed());
    }

    private static void moments(Report page, Scenario s, NarrativeEnglish english, List<NarrativeEntry> narrative, String heading,
                                java.util.function.Predicate<NarrativeEntry> which) {
        List<String[]> items = new ArrayList<>();
        for (NarrativeEntry e : narrative) {
            if (which.test(e)) {
                items.add(new String[] {day(s, e.step()), english.sentence(e)});
            }
        }
        page.subsection(heading);
        if (items.isEmpty()) {
            page.paragraph("None in this run.");
        } else {
            page.moments(items);
        }
    }

    private static String day(Scenario s, int step) {
        String date = s.run().dateOf(step);
        return "day " + step + (date.isEmpty() ? "" : " (" + date + ")");
    }

    private static String pct(double share) {
        return Double.isNaN(share) ? "n/a (no incidents)" : Math.round(share * 100) + "%";
    }

    static String now() {
        return ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT));
    }
}
