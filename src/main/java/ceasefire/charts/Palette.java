package ceasefire.charts;

import ceasefire.rules.IncidentType;
import ceasefire.scenario.Control;
import ceasefire.scenario.SideKey;
import ceasefire.scenario.Terrain;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;

/**
 * The colours every chart and the GUI share, so a side or an incident type looks the same
 * everywhere. Based on the Okabe-Ito palette, which stays distinguishable for the common forms
 * of colour blindness.
 */
public final class Palette {

    private Palette() {
    }

    public static final Color SIDE_A = new Color(0x0072B2);
    public static final Color SIDE_B = new Color(0xD55E00);
    public static final Color PEACEKEEPERS = new Color(0x009E73);
    public static final Color ESCALATION = new Color(0x222222);
    public static final Color MEDIATOR = new Color(0x6A3D9A);
    public static final Color GRID = new Color(0xDDDDDD);
    public static final Color LINE_OF_CONTACT = new Color(0x222222);

    public static final Font TITLE = new Font("SansSerif", Font.BOLD, 18);
    public static final Font SUBTITLE = new Font("SansSerif", Font.PLAIN, 13);
    public static final Font AXIS = new Font("SansSerif", Font.PLAIN, 13);
    public static final Font TICKS = new Font("SansSerif", Font.PLAIN, 11);
    public static final Font LEGEND = new Font("SansSerif", Font.PLAIN, 12);
    public static final Font MARKER = new Font("SansSerif", Font.PLAIN, 10);

    public static final Stroke LINE = new BasicStroke(2.0f);
    public static final Stroke THIN = new BasicStroke(1.2f);
    public static final Stroke DASHED = new BasicStroke(1.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f);

    public static Color side(SideKey side) {
        return side == SideKey.A ? SIDE_A : SIDE_B;
    }

    /**
     * Colour of an incident type. None is a blue or a vermillion, so that no incident reads as
     * one of the sides (the old sky blue of incursions and indigo of refusals did, beside side A's
     * blue units). Chosen from Okabe-Ito and Paul Tol's palettes as the seven whose smallest
     * CIELAB distance, to each other and to the sides', peacekeepers' and mediator's colours, is
     * largest in normal vision and under simulated deuteranopia and protanopia (Machado et al.
     * 2009, full severity): 14.6, against 7.1 for the previous set. {@code PaletteTest} checks it.
     */
    public static Color type(IncidentType type) {
        return switch (type) {
            case SMALL_ARMS_FIRE -> new Color(0xBBBBBB);
            case ARTILLERY_FIRE -> new Color(0xE69F00);
            case DRONE_STRIKE -> new Color(0xCC79A7);
            case INCURSION -> new Color(0x882255);
            case HEAVY_WEAPONS_FORWARD -> new Color(0xDDCC77);
            case NEW_POSITION -> new Color(0x117733);
            case REFUSED_WITHDRAWAL -> new Color(0x000000);
        };
    }

    /** Fill of a map cell by who holds it (light tints, so incidents and units stand out). */
    public static Color control(Control control) {
        return switch (control) {
            case A -> new Color(0xCFE3F3);
            case B -> new Color(0xF6D7C3);
            case PEACEKEEPING -> new Color(0xBFE8D9);
            case BUFFER -> new Color(0xE3E3E3);
            case NEUTRAL -> new Color(0xF4F4EE);
        };
    }

    /** Fill of a cell by who holds it, shaded by terrain (mountains darker, roads lighter). */
    public static Color cell(Control control, Terrain terrain) {
        if (terrain == Terrain.WATER) {
            return new Color(0x4A90C2);
        }
        Color base = control(control);
        double f = switch (terrain) {
            case MOUNTAIN -> 0.88;
            case ROUGH -> 0.94;
            case URBAN -> 0.74;
            case ROAD -> 1.05;
            default -> 1.0;
        };
        return scale(base, f);
    }

    private static Color scale(Color c, double f) {
        return new Color(clamp(c.getRed() * f), clamp(c.getGreen() * f), clamp(c.getBlue() * f));
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    /**
     * Heat colour for a count of incidents on one cell (1 = pale, many = dark red). Opaque, so that
     * a cell shows the colour the scale beside the map shows, whatever the ground under it.
     */
    public static Color heat(int bin) {
        Color[] scale = {
            new Color(255, 237, 160), new Color(254, 178, 76), new Color(253, 141, 60),
            new Color(240, 59, 32), new Color(189, 0, 38), new Color(110, 0, 20)
        };
        return scale[Math.max(0, Math.min(scale.length - 1, bin))];
    }
}
