package ceasefire.charts;

import java.awt.Color;

/**
 * Colours for charts whose series are not sides or incident types: the Okabe-Ito set for
 * unordered series, and samples of the viridis scale for ordered ones (levels of a parameter),
 * both readable with the common forms of colour blindness.
 */
public final class SeriesColors {

    // Not the sides' blue and vermillion: in a comparison of runs "A" and "B", or of two
    // parameters, those colours would read as the two militaries.
    private static final Color[] QUALITATIVE = {
        new Color(0x6A3D9A), new Color(0x33A02C), new Color(0xE69F00), new Color(0x56B4E9), new Color(0xCC79A7),
        new Color(0x000000), new Color(0x999999), new Color(0xB15928)
    };

    /** Anchors of the viridis scale (van der Walt and Smith, matplotlib), from low to high. */
    private static final int[] VIRIDIS = {0x440154, 0x482878, 0x3E4A89, 0x31688E, 0x26828E, 0x1F9E89, 0x35B779, 0x6DCD59, 0xB4DE2C, 0xFDE725};

    private SeriesColors() {
    }

    /** The i-th colour for unordered series. */
    public static Color qualitative(int i) {
        return QUALITATIVE[Math.floorMod(i, QUALITATIVE.length)];
    }

    /**
     * The i-th of n colours for ordered series, from dark purple to green; the pale yellow end of
     * viridis is left out, as lines in it vanish on white.
     */
    public static Color ordered(int i, int n) {
        return viridis(n <= 1 ? 0.0 : 0.82 * i / (n - 1));
    }

    /** The viridis colour at t in [0, 1]. */
    public static Color viridis(double t) {
        double x = Math.max(0, Math.min(1, t)) * (VIRIDIS.length - 1);
        int lo = (int) Math.floor(x);
        int hi = Math.min(lo + 1, VIRIDIS.length - 1);
        double f = x - lo;
        Color a = new Color(VIRIDIS[lo]);
        Color b = new Color(VIRIDIS[hi]);
        return new Color((int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
    }

    /** The same colour with the given opacity (0 to 255). */
    public static Color alpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /** Black or white, whichever reads better on {@code background}. */
    public static Color textOn(Color background) {
        double luminance = (0.2126 * background.getRed() + 0.7152 * background.getGreen() + 0.0722 * background.getBlue()) / 255;
        return luminance > 0.5 ? Color.BLACK : Color.WHITE;
    }
}
