package ceasefire.output;

import ceasefire.Version;
import ceasefire.charts.CasualtiesChart;
import ceasefire.charts.EscalationChart;
import ceasefire.charts.IncidentMapChart;
import ceasefire.charts.IncidentsChart;
import ceasefire.charts.Milestone;
import ceasefire.model.DayRecord;
import ceasefire.events.Incident;
import ceasefire.events.NarrativeEntry;
import ceasefire.events.NarrativeEvent;
import ceasefire.model.RunLog;
import ceasefire.model.RunSummary;
import ceasefire.rules.IncidentType;
import ceasefire.scenario.Cell;
import ceasefire.scenario.Overrides;
import ceasefire.scenario.Scenario;
import ceasefire.scenario.SideKey;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import org.jfree.chart.JFreeChart;

/**
 * Writes a finished run into its directory: the three CSV files, the narrative as text,
 * {@code summary.json}, a copy of the scenario, and the four PNG charts. Each file is written
 * atomically; {@code summary.json} goes last, so its presence means the run directory is
 * complete.
 */
public final class RunWriter {

    public static final List<String> TIMESERIES_COLUMNS = timeseriesColumns();
    public static final List<String> INCIDENT_COLUMNS = List.of("step", "date", "x", "y", "place", "type", "rule", "rules",
            "perpetrator", "perpetrator_name", "severity", "casualties", "victim", "detected", "attributed_to", "unit",
            "unit_kind", "ordered", "violations");
    /**
     * The narrative's columns: the first five as before, then the entry's facts (the side it is
     * about, A or B; every cell it names as "x,y" joined by ";"; the units, violations or strikes
     * it counts; casualties it reports and whose they were).
     */
    public static final List<String> NARRATIVE_COLUMNS = List.of("step", "date", "actor", "kind", "detail", "about", "places", "count",
            "casualties", "casualties_of");

    /** Chart files, in the order the README shows them. */
    public static final List<String> CHARTS = List.of("incidents.png", "escalation.png", "casualties.png", "heatmap.png");

    private final Scenario scenario;
    private final String scenarioFile;
    private final Overrides overrides;
    private final RunLog log;
    private final RunSummary summary;

    public RunWriter(Scenario scenario, String scenarioFile, Overrides overrides, RunLog log, RunSummary summary) {
        this.scenario = scenario;
        this.scenarioFile = scenarioFile;
        this.overrides = overrides;
        this.log = log;
        this.summary = summary;
    }

    private static List<String> timeseriesColumns() {
        List<String> c = new ArrayList<>(List.of("step", "date", "incidents", "incidents_a", "incidents_b", "detected", "severity",
                "casualties_a", "casualties_b", "hostility_a", "hostility_b", "escalation", "level", "commitment_a",
                "commitment_b", "units_a", "units_b", "personnel_a", "personnel_b", "forward_units_a", "forward_units_b",
                "peacekeepers", "patrols", "mediator_attention", "talks"));
        for (IncidentType t : IncidentType.values()) {
            c.add("incidents_" + t.id());
        }
        c.add("violations");
        return List.copyOf(c);
    }

    /** Writes every file with PNG charts (or none) and no report; returns their names in writing order. */
    public List<String> writeAll(Path dir, Path scenarioSource, boolean charts) throws IOException {
        return writeAll(dir, scenarioSource, charts ? FigureSpec.DEFAULT : null, false);
    }

    /**
     * Writes every file; returns their names in writing order.
     *
     * @param figures the charts' formats and size, or null for no charts
     * @param report  whether to write report.html
     */
    public List<String> writeAll(Path dir, Path scenarioSource, FigureSpec figures, boolean report) throws IOException {
        boolean charts = figures != null;
        List<String> files = new ArrayList<>();
        writeTimeseries(dir.resolve("timeseries.csv"));
        files.add("timeseries.csv");
        writeIncidents(dir.resolve("incidents.csv"));
        files.add("incidents.csv");
        writeNarrative(dir.resolve("narrative.csv"), dir.resolve("narrative.txt"));
        files.add("narrative.csv");
        files.add("narrative.txt");
        if (scenarioSource != null && Files.isRegularFile(scenarioSource)) {
            byte[] original = Files.readAllBytes(scenarioSource);
            AtomicFiles.writeBytes(dir.resolve("scenario.yaml"), out -> out.write(original));
            files.add("scenario.yaml");
        }
        if (charts) {
            files.addAll(writeCharts(dir, figures));
        }
        if (report) {
            RunReport.write(dir.resolve(Report.FILE), this, files);
            files.add(Report.FILE);
        }
        files.add(RunDirectory.MARKER);
        AtomicFiles.writeString(dir.resolve(RunDirectory.MARKER), Json.write(summaryJson(files)));
        return files;
    }

    public void writeTimeseries(Path file) throws IOException {
        AtomicFiles.writeText(file, w -> {
            CSVPrinter p = CsvOut.printer(w, TIMESERIES_COLUMNS);
            for (DayRecord r : log.days()) {
                List<Object> row = new ArrayList<>(List.of(r.step(), scenario.run().dateOf(r.step()), r.incidents(), r.incidentsA(),
                        r.incidentsB(), r.detected(), Num.fmt(r.severity()), r.casualtiesA(), r.casualtiesB(),
                        Num.fmt(r.hostilityA()), Num.fmt(r.hostilityB()), Num.fmt(r.escalation()), r.level().yamlName(),
                        Num.fmt(r.commitmentA()), Num.fmt(r.commitmentB()), r.unitsA(), r.unitsB(), r.strengthA(),
                        r.strengthB(), r.forwardUnitsA(), r.forwardUnitsB(), r.peacekeepers(), r.patrols(),
                        Num.fmt(r.mediatorAttention()), r.talks() ? 1 : 0));
                for (IncidentType t : IncidentType.values()) {
                    row.add(r.incidents(0, t) + r.incidents(1, t));
                }
                row.add(r.violations());
                p.printRecord(row);
            }
            p.flush();
        });
    }

    public void writeIncidents(Path file) throws IOException {
        AtomicFiles.writeText(file, w -> {
            CSVPrinter p = CsvOut.printer(w, INCIDENT_COLUMNS);
            for (Incident i : log.incidents()) {
                p.printRecord(i.step(), scenario.run().dateOf(i.step()), i.x(), i.y(), scenario.geography().regionLabel(i.x(), i.y()),
                        i.type().id(), i.rule(), i.rules(), i.perpetrator(), scenario.side(i.perpetrator()).name(),
                        Num.fmt(i.severity()), i.casualties(), i.victim() == null ? "" : i.victim().name(), i.detected(),
                        i.attributedTo() == null ? "" : i.attributedTo().name(), i.unitId(), i.unitKind().yamlName(), i.ordered(),
                        i.violations());
            }
            p.flush();
        });
    }

    public void writeNarrative(Path csv, Path text) throws IOException {
        NarrativeEnglish english = new NarrativeEnglish(scenario);
        AtomicFiles.writeText(csv, w -> {
            CSVPrinter p = CsvOut.printer(w, NARRATIVE_COLUMNS);
            for (NarrativeEntry e : log.narrative()) {
                NarrativeEvent.Facts f = e.facts();
                List<String> cells = new ArrayList<>();
                for (Cell c : f.places()) {
                    cells.add(c.x() + "," + c.y());
                }
                p.printRecord(e.step(), scenario.run().dateOf(e.step()), english.actor(e), e.kind().id(), english.detail(e),
                        f.about() == null ? "" : f.about().name(), String.join(";", cells), f.count(), f.casualties(),
                        f.casualtiesOf() == null ? "" : f.casualtiesOf().name());
            }
            p.flush();
        });
        AtomicFiles.writeText(text, w -> {
            w.write(scenario.name() + " - narrative (seed " + scenario.run().seed() + ")\n");
            w.write("Demands and refusals repeated day after day are summarised after the first "
                    + NarrativeText.SHOWN + " of each stretch; narrative.csv has every entry.\n\n");
            for (NarrativeText.Line line : NarrativeText.lines(log.narrative(), english)) {
                String date = scenario.run().dateOf(line.step());
                // "* " marks what the timeline scripted: its events and its recommitments.
                boolean event = line.entry() != null && (line.entry().kind() == ceasefire.events.NarrativeKind.EVENT
                        || line.entry().kind() == ceasefire.events.NarrativeKind.RECOMMITMENT);
                w.write(String.format(java.util.Locale.ROOT, "day %4d%s  %s%s%n", line.step(), date.isEmpty() ? "" : " (" + date + ")",
                        event ? "* " : "", line.text()));
            }
        });
    }

    private List<Milestone> milestones() {
        NarrativeEnglish english = new NarrativeEnglish(scenario);
        return Milestone.from(log.narrative(), english::actor, english::sentence);
    }

    /** The "day" axis label, with the calendar date of day 0 when the scenario gives one. */
    public static String dayLabel(Scenario s) {
        return s.run().startDate().map(d -> "day (day 0 = " + d + ")").orElse("day");
    }

    /** The four charts, by file name (also used by tests and the GUI's snapshot). */
    public Map<String, JFreeChart> charts() {
        String nameA = scenario.a().name();
        String nameB = scenario.b().name();
        String day = dayLabel(scenario);
        String subtitle = scenario.name() + ", seed " + scenario.run().seed();
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        charts.put("incidents.png", IncidentsChart.createChart(log.days(), nameA, nameB, day, subtitle));
        charts.put("escalation.png", EscalationChart.createChart(log.days(), milestones(), scenario.escalation(),
                nameA, nameB, day, subtitle));
        charts.put("casualties.png", CasualtiesChart.createChart(log.days(), nameA, nameB, day, subtitle));
        List<Cell> posts = scenario.peacekeepers().present() ? scenario.peacekeepers().posts() : List.of();
        charts.put("heatmap.png", IncidentMapChart.createChart(scenario.geography(), log.incidents(), posts,
                new String[] {nameA, nameB}, scenario.peacekeepers().name(), subtitle));
        return charts;
    }

    private List<String> writeCharts(Path dir, FigureSpec figures) throws IOException {
        List<String> files = new ArrayList<>();
        for (Map.Entry<String, JFreeChart> e : charts().entrySet()) {
            Rectangle size = defaultSize(e.getKey());
            boolean map = e.getKey().equals("heatmap.png");
            FigureSpec spec = map ? figures.freeHeight() : figures;
            int width = map && figures.width() != 0 ? figures.width() : size.width;
            int height = map && figures.width() != 0 ? IncidentMapChart.size(scenario.geography(), figures.width()).height : size.height;
            files.addAll(Figures.write(dir, stem(e.getKey()), e.getValue(), spec, width, height));
        }
        return files;
    }

    /** A chart's own size in CSS pixels (the map's keeps its cells square). */
    Rectangle defaultSize(String chart) {
        return chart.equals("heatmap.png") ? IncidentMapChart.size(scenario.geography(), 1200)
                : new Rectangle(0, 0, 1200, chart.equals("incidents.png") ? 760 : 640);
    }

    /** "incidents.png" to "incidents". */
    static String stem(String chartFile) {
        return chartFile.substring(0, chartFile.lastIndexOf('.'));
    }

    Scenario scenario() {
        return scenario;
    }

    RunLog log() {
        return log;
    }

    RunSummary summary() {
        return summary;
    }

    Overrides overrides() {
        return overrides;
    }

    String scenarioFile() {
        return scenarioFile;
    }

    private Map<String, Object> summaryJson(List<String> files) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("scenario", scenario.name());
        j.put("scenario_file", scenarioFile);
        j.put("description", scenario.description());
        j.put("program", pair("name", "ceasefire", "version", Version.get()));
        j.put("seed", scenario.run().seed());
        j.put("days_planned", summary.daysPlanned());
        j.put("steps_run", summary.daysRun());
        j.put("start_date", scenario.run().startDate().map(Object::toString).orElse(null));
        j.put("end_date", summary.daysRun() == 0 ? null : emptyToNull(scenario.run().dateOf(summary.daysRun() - 1)));
        j.put("sides", side(scenario.a().name(), scenario.b().name()));
        j.put("overrides", TypedOverrides.nested(overrides));

        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("incidents", summary.incidents());
        totals.put("violations", summary.violations());
        totals.put("by_side", side(summary.incidentsA(), summary.incidentsB()));
        Map<String, Object> byType = new LinkedHashMap<>();
        Map<String, Object> aByType = new LinkedHashMap<>();
        Map<String, Object> bByType = new LinkedHashMap<>();
        int[][] bySideType = summary.incidentsBySideAndType();
        for (IncidentType t : IncidentType.values()) {
            byType.put(t.id(), summary.incidentsByType()[t.ordinal()]);
            aByType.put(t.id(), bySideType[0][t.ordinal()]);
            bByType.put(t.id(), bySideType[1][t.ordinal()]);
        }
        totals.put("by_type", byType);
        totals.put("by_side_and_type", side(aByType, bByType));
        totals.put("detected", summary.detected());
        totals.put("severity", summary.severity());
        j.put("totals", totals);
        j.put("detection_rate", summary.detectionRate());
        j.put("attribution_accuracy", summary.attributionAccuracy());
        Map<String, Object> casualties = side(summary.casualtiesA(), summary.casualtiesB());
        casualties.put("total", summary.casualties());
        j.put("casualties", casualties);
        j.put("peak_escalation", summary.peakEscalation());
        j.put("peak_level", summary.peakLevel().yamlName());
        j.put("mean_escalation", summary.meanEscalation());
        j.put("final_escalation", summary.finalEscalation());
        j.put("final_hostility", side(summary.finalHostilityA(), summary.finalHostilityB()));
        j.put("collapsed", summary.collapsed());
        j.put("collapse_step", summary.collapsed() ? summary.collapseDay() : null);
        j.put("collapse_date", summary.collapsed() ? emptyToNull(scenario.run().dateOf(summary.collapseDay())) : null);
        j.put("talks", pair("held", summary.talksHeld(), "succeeded", summary.talksSucceeded()));
        j.put("rebukes", summary.rebukes());
        j.put("accusations", summary.accusations());
        j.put("denials", summary.denials());
        j.put("withdrawal_demands", summary.withdrawalDemands());
        j.put("withdrawals", summary.withdrawals());
        j.put("refusals", summary.refusals());
        j.put("reciprocal_incidents", summary.reciprocalIncidents());
        j.put("reciprocity_window_days", RunSummary.RECIPROCITY_WINDOW);
        j.put("metrics", summary.metrics());
        j.put("parameters", scenario.parameters());
        j.put("files", files);
        return j;
    }

    private static Map<String, Object> side(Object a, Object b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(SideKey.A.name(), a);
        m.put(SideKey.B.name(), b);
        return m;
    }

    private static Map<String, Object> pair(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
