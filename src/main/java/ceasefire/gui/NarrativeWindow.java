package ceasefire.gui;

import ceasefire.charts.Palette;
import ceasefire.events.NarrativeEntry;
import ceasefire.events.NarrativeKind;
import ceasefire.model.RunObserver;
import ceasefire.output.NarrativeEnglish;
import ceasefire.scenario.Scenario;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.swing.BorderFactory;
import javax.swing.JCheckBox;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextPane;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.WindowConstants;
import javax.swing.text.BadLocationException;
import javax.swing.text.SimpleAttributeSet;
import javax.swing.text.StyleConstants;
import javax.swing.text.StyledDocument;

/**
 * The run's narrative as it happens, one line per entry: the day and date, who, what kind of
 * act (statement, accusation, denial, rebuke, talks, withdrawal demand, ...) and what was said
 * or done, coloured by actor. Peacekeepers' daily reports and escalation-level changes can be
 * hidden to leave the exchanges between the parties. Keeps the last {@value #MAX_LINES} lines.
 */
final class NarrativeWindow implements RunObserver {

    static final int MAX_LINES = 3000;

    private final ConcurrentLinkedQueue<NarrativeEntry> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainPosted = new AtomicBoolean();
    private final Timer drainSoon = new Timer(LiveCharts.REDRAW_MS, e -> drain());
    private final JFrame frame;
    private final JTextPane text = new JTextPane();
    private final JCheckBox routine = new JCheckBox("Show peacekeepers' reports and escalation-level changes", true);
    private final List<Integer> lineEnds = new ArrayList<>();
    private Scenario scenario;
    private NarrativeEnglish english;

    /** Builds the (hidden) window; call on the Swing thread. */
    NarrativeWindow(Scenario scenario) {
        this.scenario = scenario;
        this.english = new NarrativeEnglish(scenario);
        drainSoon.setRepeats(false);
        text.setEditable(false);
        text.setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
        JScrollPane scroll = new JScrollPane(text);
        scroll.setPreferredSize(new Dimension(460, 560));
        JPanel top = new JPanel(new BorderLayout());
        JLabel hint = new JLabel("Statements, accusations, denials, rebukes, talks and withdrawal demands, as they happen.");
        hint.setFont(hint.getFont().deriveFont(Font.PLAIN, 11f));
        hint.setBorder(BorderFactory.createEmptyBorder(4, 8, 0, 8));
        top.add(hint, BorderLayout.NORTH);
        routine.setFont(routine.getFont().deriveFont(Font.PLAIN, 11f));
        top.add(routine, BorderLayout.SOUTH);
        frame = new JFrame("Narrative");
        frame.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
        frame.getContentPane().add(top, BorderLayout.NORTH);
        frame.getContentPane().add(scroll, BorderLayout.CENTER);
        frame.pack();
    }

    JFrame frame() {
        return frame;
    }

    /** Empties the window for a new run (call on the Swing thread). */
    void reset(Scenario s) {
        scenario = s;
        english = new NarrativeEnglish(s);
        queue.clear();
        text.setText("");
        lineEnds.clear();
    }

    /** The text shown (for tests). */
    String text() {
        return text.getText();
    }

    @Override
    public void narrative(NarrativeEntry entry) {
        queue.add(entry);
        if (drainPosted.compareAndSet(false, true)) {
            SwingUtilities.invokeLater(drainSoon::restart);
        }
    }

    /** Appends everything queued so far (Swing thread). */
    void drain() {
        drainPosted.set(false);
        StyledDocument doc = text.getStyledDocument();
        NarrativeEntry e;
        boolean added = false;
        while ((e = queue.poll()) != null) {
            if (!routine.isSelected() && (e.kind() == NarrativeKind.REPORT || e.kind() == NarrativeKind.LEVEL)) {
                continue;
            }
            try {
                append(doc, e);
                added = true;
            } catch (BadLocationException ex) {
                throw new IllegalStateException("narrative text out of step with its line index", ex);
            }
        }
        if (added) {
            trim(doc);
            text.setCaretPosition(doc.getLength());
        }
    }

    private void append(StyledDocument doc, NarrativeEntry e) throws BadLocationException {
        String date = StatusLayer.dateOf(scenario, e.step());
        doc.insertString(doc.getLength(), "day " + e.step() + (date.isEmpty() ? "" : " \u00b7 " + date) + "  ", style(new Color(0x888888), false, 11));
        doc.insertString(doc.getLength(), "[" + e.kind().id().replace('_', ' ') + "] ", style(kindColour(e.kind()), false, 11));
        String actor = english.actor(e);
        doc.insertString(doc.getLength(), actor, style(actorColour(actor), true, 12));
        doc.insertString(doc.getLength(), " " + english.detail(e) + "\n", style(new Color(0x222222), false, 12));
        lineEnds.add(doc.getLength());
    }

    private void trim(StyledDocument doc) {
        int extra = lineEnds.size() - MAX_LINES;
        if (extra <= 0) {
            return;
        }
        int cut = lineEnds.get(extra - 1);
        try {
            doc.remove(0, cut);
        } catch (BadLocationException ex) {
            throw new IllegalStateException("narrative text out of step with its line index", ex);
        }
        List<Integer> kept = new ArrayList<>();
        for (int i = extra; i < lineEnds.size(); i++) {
            kept.add(lineEnds.get(i) - cut);
        }
        lineEnds.clear();
        lineEnds.addAll(kept);
    }

    private Color actorColour(String actor) {
        if (actor.equals(scenario.a().name())) {
            return Palette.SIDE_A;
        }
        if (actor.equals(scenario.b().name())) {
            return Palette.SIDE_B;
        }
        if (actor.equals(scenario.peacekeepers().name())) {
            return Palette.PEACEKEEPERS;
        }
        if (actor.equals(scenario.mediator().name())) {
            return Palette.MEDIATOR;
        }
        return new Color(0x333333);
    }

    private static Color kindColour(NarrativeKind kind) {
        return switch (kind) {
            case REBUKE, TALKS, TALKS_FAILED -> Palette.MEDIATOR;
            case WITHDRAWAL_DEMAND, REPORT -> Palette.PEACEKEEPERS;
            case COLLAPSE, LEVEL, REFUSAL, RETALIATION -> new Color(0xB22222);
            default -> new Color(0x666666);
        };
    }

    private static SimpleAttributeSet style(Color colour, boolean bold, int size) {
        SimpleAttributeSet a = new SimpleAttributeSet();
        StyleConstants.setForeground(a, colour);
        StyleConstants.setBold(a, bold);
        StyleConstants.setFontFamily(a, "SansSerif");
        StyleConstants.setFontSize(a, size);
        return a;
    }
}
