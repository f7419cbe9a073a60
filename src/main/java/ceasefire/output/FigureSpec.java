package ceasefire.output;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How charts are written: in which formats, at what size and resolution. A size is in CSS pixels
 * (1/96 inch), the unit fonts and lines are laid out in; a PNG is drawn at {@code dpi / 96} times
 * that many pixels, a PDF page is that many pixels at 96 per inch (a 1200-pixel chart is 12.5
 * inches wide), an SVG says that many pixels.
 *
 * @param formats the formats to write, at least one
 * @param width   width in CSS pixels, or 0 for each chart's own default
 * @param height  height in CSS pixels, or 0 for each chart's own (for a width given: keeping its proportions)
 * @param dpi     resolution of PNGs, 96 = one image pixel per CSS pixel
 */
public record FigureSpec(Set<Format> formats, int width, int height, int dpi) {

    /** Output formats. */
    public enum Format {
        PNG, SVG, PDF;

        public String extension() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Named sets of size and resolution for typical uses. */
    public enum Preset {
        /** A journal page: 7.5 inches wide at 300 dpi, type large relative to the figure; each chart keeps its proportions. */
        PAPER(720, 0, 300),
        /** Slides: 1280 pixels wide at 144 dpi (sharp on projectors and retina screens); each chart keeps its proportions. */
        SLIDES(1280, 0, 144),
        /** Web pages and screens: each chart's own size, one image pixel per CSS pixel. */
        SCREEN(0, 0, 96);

        public final int width;
        public final int height;
        public final int dpi;

        Preset(int width, int height, int dpi) {
            this.width = width;
            this.height = height;
            this.dpi = dpi;
        }
    }

    public static final int MIN_SIZE = 200;
    public static final int MAX_SIZE = 10_000;
    public static final int MIN_DPI = 36;
    public static final int MAX_DPI = 1200;

    /** PNG only, each chart's own size, 96 dpi: what a run writes without options. */
    public static final FigureSpec DEFAULT = new FigureSpec(EnumSet.of(Format.PNG), 0, 0, 96);

    public FigureSpec {
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("at least one format is needed");
        }
        formats = Set.copyOf(EnumSet.copyOf(formats));
        if (width != 0 && (width < MIN_SIZE || width > MAX_SIZE)) {
            throw new IllegalArgumentException("width " + width + " is outside [" + MIN_SIZE + ", " + MAX_SIZE + "]");
        }
        if (height != 0 && (height < MIN_SIZE || height > MAX_SIZE)) {
            throw new IllegalArgumentException("height " + height + " is outside [" + MIN_SIZE + ", " + MAX_SIZE + "]");
        }
        if (dpi < MIN_DPI || dpi > MAX_DPI) {
            throw new IllegalArgumentException("dpi " + dpi + " is outside [" + MIN_DPI + ", " + MAX_DPI + "]");
        }
    }

    /** The same figures with the height left to each chart (for maps, whose cells stay square). */
    public FigureSpec freeHeight() {
        return new FigureSpec(formats, width, 0, dpi);
    }

    /** The formats in a fixed order (PNG, SVG, PDF). */
    public List<Format> orderedFormats() {
        return EnumSet.copyOf(formats).stream().toList();
    }

    /**
     * The size of one chart: its default when neither width nor height was asked for; the width
     * asked for with the default's proportions when only it was; both when both were.
     */
    public java.awt.Dimension size(int defaultWidth, int defaultHeight) {
        if (width == 0 && height == 0) {
            return new java.awt.Dimension(defaultWidth, defaultHeight);
        }
        int w = width != 0 ? width : (int) Math.round(height * defaultWidth / (double) defaultHeight);
        int h = height != 0 ? height : (int) Math.round(width * defaultHeight / (double) defaultWidth);
        return new java.awt.Dimension(w, h);
    }
}
