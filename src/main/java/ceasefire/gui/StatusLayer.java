package ceasefire.gui;

import ceasefire.model.ConflictModel;
import ceasefire.events.NarrativeEntry;
import ceasefire.output.NarrativeEnglish;
import ceasefire.scenario.EscalationLevel;
import ceasefire.scenario.Scenario;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The status bar above the map: the day (with its calendar date when the scenario has one),
 * the escalation level and index, and the latest headline, e.g. "day 114: Russia publicly
 * rebukes Azerbaijan ...". Before a run it says how to start one.
 */
final class StatusLayer extends Layer {

    static final Font DAY = new Font("SansSerif", Font.BOLD, 17);
    static final Font TEXT = new Font("SansSerif", Font.PLAIN, 13);
    static final Font SMALL = new Font("SansSerif", Font.PLAIN, 12);
    static final Color BACKGROUND = new Color(0xF7F7F4);
    static final Color INK = new Color(0x222222);
    static final Color GREY = new Color(0x666666);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private final ConflictModel model;
    private final int width;
    private final int height;

    StatusLayer(ConflictModel model, MapLayout layout) {
        super(layout.mainWidth(), layout.status());
        this.model = model;
        this.width = layout.mainWidth();
        this.height = layout.status();
    }

    /** Background of the level's chip; light levels get dark text, grave ones white. */
    static Color levelColour(EscalationLevel level) {
        return switch (level) {
            case CALM -> new Color(0xD9EED2);
            case TENSION -> new Color(0xFFF0B0);
            case INCIDENTS -> new Color(0xFFD08A);
            case SKIRMISHES -> new Color(0xFBA35B);
            case CLASHES -> new Color(0xE8590C);
            case OPEN_WAR -> new Color(0xA50F15);
        };
    }

    static String dateOf(Scenario s, int day) {
        return s.run().startDate().map((LocalDate d) -> d.plusDays(day).format(DATE)).orElse("");
    }

    @Override
    void paint(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(BACKGROUND);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0xCCCCCC));
        g.fillRect(0, height - 1, width, 1);
        Scenario s = model.scenario();
        if (model.unitField() == null) {
            g.setFont(DAY);
            g.setColor(INK);
            g.drawString(s.name(), 12, 24);
            g.setFont(TEXT);
            g.setColor(GREY);
            g.drawString(fit(g, "Press play in the Console to start (seed " + model.runSeed() + "). Double-click a unit, a post, or an actor "
                    + "in the legend to inspect it.", width - 24), 12, 47);
            return;
        }
        int day = Math.max(0, model.day() - 1);
        String date = dateOf(s, day);
        int planned = s.run().days();
        String title = "Day " + day + (date.isEmpty() ? "" : " \u00b7 " + date);
        g.setFont(DAY);
        g.setColor(INK);
        g.drawString(title, 12, 24);
        int x = 12 + g.getFontMetrics().stringWidth(title) + 12;
        g.setFont(SMALL);
        g.setColor(GREY);
        String progress = model.day() + " of " + planned + " days" + (model.finished() ? " \u00b7 run finished" : "")
                + (model.collapseDay() >= 0 ? " \u00b7 ceasefire collapsed on day " + model.collapseDay() : "");
        g.drawString(progress, x, 24);

        EscalationLevel level = model.level();
        String chip = String.format(Locale.ROOT, "Escalation: %s  %.2f", level.label(), model.escalation());
        g.setFont(new Font("SansSerif", Font.BOLD, 13));
        FontMetrics fm = g.getFontMetrics();
        int cw = fm.stringWidth(chip) + 20;
        int cx = width - cw - 10;
        g.setColor(levelColour(level));
        g.fill(new RoundRectangle2D.Double(cx, 8, cw, 23, 12, 12));
        g.setColor(level.ordinal() >= EscalationLevel.CLASHES.ordinal() ? Color.WHITE : INK);
        g.drawString(chip, cx + 10, 24);

        NarrativeEntry h = model.headline();
        g.setFont(TEXT);
        g.setColor(INK);
        g.drawString(fit(g, h == null ? "No notable event yet." : new NarrativeEnglish(s).headline(h), width - 24), 12, 48);
    }

    /** The text, cut at a word with an ellipsis if it is wider than {@code max} pixels. */
    static String fit(Graphics2D g, String text, int max) {
        FontMetrics fm = g.getFontMetrics();
        if (fm.stringWidth(text) <= max) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && fm.stringWidth(cut + "\u2026") > max) {
            int space = cut.lastIndexOf(' ');
            cut = space > 0 ? cut.substring(0, space) : cut.substring(0, cut.length() - 1);
        }
        return cut + "\u2026";
    }
}
