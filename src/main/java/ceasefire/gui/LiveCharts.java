package ceasefire.gui;

import ceasefire.charts.CasualtiesChart;
import ceasefire.charts.EscalationChart;
import ceasefire.charts.IncidentsChart;
import ceasefire.charts.Milestone;
import ceasefire.charts.Palette;
import ceasefire.model.DayRecord;
import ceasefire.events.NarrativeEntry;
import ceasefire.model.RunObserver;
import ceasefire.output.NarrativeEnglish;
import ceasefire.output.RunWriter;
import ceasefire.rules.IncidentType;
import ceasefire.scenario.Scenario;
import ceasefire.scenario.SideKey;
import java.awt.Dimension;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.WindowConstants;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.CategoryTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The live charts, each in its own window: incidents per day by side and type, the escalation
 * index with both sides' hostility (and the run's milestones), and cumulative casualties. Built
 * with the same {@code ceasefire.charts} builders as a headless run's PNGs.
 *
 * <p>The model's thread only queues what happens; the Swing thread drains the queue at most
 * every {@value #REDRAW_MS} ms, so a fast run costs a redraw per batch, not per day (MASON's
 * Console waits for the Swing thread after every step, so slow windows would slow the model). JFreeChart is not
 * thread-safe, so the datasets are touched on the Swing thread alone. History is bounded to
 * {@value #HISTORY_DAYS} days so that a long run stays smooth.</p>
 */
final class LiveCharts implements RunObserver {

    /** Days of history the charts keep. */
    static final int HISTORY_DAYS = 365;
    /** Size of a chart in a window and in a snapshot, in pixels. */
    static final int WIDTH = 640;
    static final int HEIGHT = 400;

    /** Snapshot file names, the same as a headless run's charts. */
    static final String INCIDENTS = "incidents.png";
    static final String ESCALATION = "escalation.png";
    static final String CASUALTIES = "casualties.png";

    /** Redraws at most this often (milliseconds), however fast the model runs. */
    static final int REDRAW_MS = 150;

    private final ConcurrentLinkedQueue<Object> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainPosted = new AtomicBoolean();
    private final Timer drainSoon = new Timer(REDRAW_MS, e -> drain());

    // Swing thread only from here on.
    private final CategoryTableXYDataset incidentsA;
    private final CategoryTableXYDataset incidentsB;
    private final XYSeriesCollection lines;
    private final XYSeriesCollection symbols;
    private final XYSeriesCollection casualties;
    private final Map<String, JFreeChart> charts = new LinkedHashMap<>();
    private final List<JFrame> frames = new ArrayList<>();
    private final List<Milestone> waiting = new ArrayList<>();
    private int markerCount;
    /** Words for the milestones' labels; replaced on the Swing thread for a new run, read on the model's. */
    private volatile NarrativeEnglish english;

    /** Builds the charts and their (hidden) windows; call on the Swing thread. */
    LiveCharts(Scenario s, long seed) {
        String a = s.a().name();
        String b = s.b().name();
        String day = RunWriter.dayLabel(s);
        String subtitle = subtitle(s, seed);
        english = new NarrativeEnglish(s);
        drainSoon.setRepeats(false);
        incidentsA = IncidentsChart.createDataset(1);
        incidentsB = IncidentsChart.createDataset(1);
        lines = EscalationChart.createDataset(a, b, HISTORY_DAYS);
        symbols = EscalationChart.createMilestoneDataset(HISTORY_DAYS);
        casualties = CasualtiesChart.createDataset(a, b, HISTORY_DAYS);
        charts.put(INCIDENTS, IncidentsChart.createChart(incidentsA, incidentsB, a, b, day, EnumSet.allOf(IncidentType.class), subtitle));
        charts.put(ESCALATION, EscalationChart.createChart(lines, symbols, s.escalation(), day, subtitle));
        charts.put(CASUALTIES, CasualtiesChart.createChart(casualties, day, subtitle));
        shortenPanelLabels(charts.get(INCIDENTS), a, b);
        frames.add(frame(charts.get(INCIDENTS), "Incidents by side and type"));
        frames.add(frame(charts.get(ESCALATION), "Escalation and hostility"));
        frames.add(frame(charts.get(CASUALTIES), "Cumulative casualties"));
    }

    /**
     * The builder's panel labels ("Azerbaijan (A): incidents per day") are longer than a panel
     * of a window this size is tall; the chart's title says "per day" instead.
     */
    private static void shortenPanelLabels(JFreeChart chart, String a, String b) {
        chart.setTitle("Incidents per day by side and type");
        chart.getTitle().setFont(Palette.TITLE);
        if (chart.getPlot() instanceof CombinedDomainXYPlot combined) {
            List<XYPlot> panels = combined.getSubplots();
            String[] labels = {a + " (A)", b + " (B)"};
            for (int i = 0; i < panels.size() && i < labels.length; i++) {
                panels.get(i).getRangeAxis().setLabel(labels[i]);
            }
        }
    }

    private static String subtitle(Scenario s, long seed) {
        return s.name() + ", seed " + seed;
    }

    private static JFrame frame(JFreeChart chart, String title) {
        ChartPanel panel = new ChartPanel(chart);
        panel.setPreferredSize(new Dimension(WIDTH, HEIGHT));
        panel.setMouseWheelEnabled(true);
        JFrame f = new JFrame(title);
        f.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
        f.getContentPane().add(panel);
        f.pack();
        return f;
    }

    /** The chart windows, in the order of {@link #charts()}. */
    List<JFrame> frames() {
        return frames;
    }

    /** The charts by snapshot file name. */
    Map<String, JFreeChart> charts() {
        return charts;
    }

    /** Empties the charts for a new run (call on the Swing thread, before the run's first day). */
    void reset(Scenario s, long seed) {
        queue.clear();
        incidentsA.clear();
        incidentsB.clear();
        for (XYSeriesCollection c : List.of(lines, symbols, casualties)) {
            for (int i = 0; i < c.getSeriesCount(); i++) {
                c.getSeries(i).clear();
            }
        }
        charts.get(ESCALATION).getXYPlot().clearDomainMarkers();
        markerCount = 0;
        waiting.clear();
        english = new NarrativeEnglish(s);
        String subtitle = subtitle(s, seed);
        for (JFreeChart chart : charts.values()) {
            for (Object t : chart.getSubtitles()) {
                if (t instanceof TextTitle title) {
                    title.setText(subtitle);
                }
            }
        }
    }

    // ---------------------------------------------------------------- fed on the model's thread

    @Override
    public void day(DayRecord record) {
        queue.add(record);
        post();
    }

    @Override
    public void narrative(NarrativeEntry entry) {
        NarrativeEnglish words = english;
        Milestone m = Milestone.of(entry, words::actor, words::sentence);
        if (m != null) {
            queue.add(m);
            post();
        }
    }

    private void post() {
        if (drainPosted.compareAndSet(false, true)) {
            SwingUtilities.invokeLater(drainSoon::restart);
        }
    }

    // ---------------------------------------------------------------- Swing thread

    /** Adds everything queued so far to the charts. */
    void drain() {
        drainPosted.set(false);
        Object item;
        while ((item = queue.poll()) != null) {
            if (item instanceof Milestone m) {
                waiting.add(m);
            } else if (item instanceof DayRecord r) {
                add(r);
            }
        }
    }

    private void add(DayRecord r) {
        int[] a = new int[IncidentType.values().length];
        int[] b = new int[a.length];
        for (IncidentType t : IncidentType.values()) {
            a[t.ordinal()] = r.incidents(SideKey.A.index(), t);
            b[t.ordinal()] = r.incidents(SideKey.B.index(), t);
        }
        IncidentsChart.append(incidentsA, r.step(), a);
        IncidentsChart.append(incidentsB, r.step(), b);
        while (incidentsA.getItemCount() > HISTORY_DAYS) {
            IncidentsChart.removeFirst(incidentsA);
            IncidentsChart.removeFirst(incidentsB);
        }
        EscalationChart.append(lines, r);
        CasualtiesChart.append(casualties, r);
        XYPlot plot = charts.get(ESCALATION).getXYPlot();
        for (Milestone m : waiting) {
            boolean marker = m.kind() == Milestone.Kind.EVENT || m.kind() == Milestone.Kind.COLLAPSE;
            EscalationChart.addMilestone(plot, symbols, m, r.escalation(), marker ? markerCount++ : 0);
        }
        waiting.clear();
        // Event lines that scrolled out of the bounded history go too.
        XYSeries escalation = lines.getSeries(EscalationChart.ESCALATION);
        Collection<?> shown = plot.getDomainMarkers(Layer.BACKGROUND);
        if (shown != null && escalation.getItemCount() > 0) {
            double oldest = escalation.getMinX();
            for (Object o : List.copyOf(shown)) {
                if (o instanceof ValueMarker v && v.getValue() < oldest) {
                    plot.removeDomainMarker(0, v, Layer.BACKGROUND, false);
                }
            }
        }
    }
}
