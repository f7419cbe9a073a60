package ceasefire.output;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.DefaultFontMapper;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * Writes a chart as PNG, SVG and PDF (each atomically) for every command that draws charts: run,
 * sweep, compare and the GUI's snapshot. SVG comes from JFreeSVG, PDF from OpenPDF's Graphics2D,
 * both vector, with text kept as text.
 */
public final class Figures {

    /** Anything that draws itself into an area: a chart ({@code chart::draw}), the GUI's map. */
    @FunctionalInterface
    public interface Drawing {
        void draw(Graphics2D g, Rectangle2D area);
    }

    private Figures() {
    }

    /** {@link #write(Path, String, Drawing, FigureSpec, int, int)} for a chart. */
    public static List<String> write(Path dir, String stem, JFreeChart chart, FigureSpec spec, int defaultWidth, int defaultHeight)
            throws IOException {
        return write(dir, stem, chart::draw, spec, defaultWidth, defaultHeight);
    }

    /**
     * Writes {@code chart} as {@code stem.png}, {@code stem.svg}, {@code stem.pdf} (the formats
     * {@code spec} asks for) in {@code dir}; returns the file names written, relative to {@code dir}.
     *
     * @param stem          file name without extension, may include a sub-directory ("charts/x")
     * @param defaultWidth  the chart's own width in CSS pixels
     * @param defaultHeight the chart's own height
     */
    public static List<String> write(Path dir, String stem, Drawing chart, FigureSpec spec, int defaultWidth, int defaultHeight)
            throws IOException {
        Dimension size = spec.size(defaultWidth, defaultHeight);
        List<String> files = new ArrayList<>();
        for (FigureSpec.Format f : spec.orderedFormats()) {
            String name = stem + "." + f.extension();
            Path file = dir.resolve(name);
            switch (f) {
                case PNG -> AtomicFiles.writeBytes(file, out -> png(out, chart, size, spec.dpi()));
                case SVG -> AtomicFiles.writeBytes(file, out -> out.write(svg(chart, size).getBytes(StandardCharsets.UTF_8)));
                case PDF -> AtomicFiles.writeBytes(file, out -> pdf(out, chart, size));
            }
            files.add(name);
        }
        return files;
    }

    /** A PNG of {@code size} CSS pixels at {@code dpi} (96 = one image pixel per CSS pixel). */
    public static void png(OutputStream out, Drawing chart, Dimension size, int dpi) throws IOException {
        double scale = dpi / 96.0;
        int w = (int) Math.round(size.width * scale);
        int h = (int) Math.round(size.height * scale);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.scale(scale, scale);
            chart.draw(g, new Rectangle2D.Double(0, 0, size.width, size.height));
        } finally {
            g.dispose();
        }
        writePng(image, dpi, out);
    }

    /**
     * Writes the image as PNG with its resolution in a pHYs chunk, so that a word processor or
     * LaTeX places a 300 dpi figure at its intended size rather than at the screen's.
     */
    static void writePng(BufferedImage image, int dpi, OutputStream out) throws IOException {
        java.util.Iterator<javax.imageio.ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("no PNG writer available");
        }
        javax.imageio.ImageWriter writer = writers.next();
        try (javax.imageio.stream.ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
            javax.imageio.metadata.IIOMetadata meta = writer.getDefaultImageMetadata(
                    javax.imageio.ImageTypeSpecifier.createFromRenderedImage(image), param);
            String ppm = Long.toString(Math.round(dpi / 0.0254));
            javax.imageio.metadata.IIOMetadataNode phys = new javax.imageio.metadata.IIOMetadataNode("pHYs");
            phys.setAttribute("pixelsPerUnitXAxis", ppm);
            phys.setAttribute("pixelsPerUnitYAxis", ppm);
            phys.setAttribute("unitSpecifier", "meter");
            javax.imageio.metadata.IIOMetadataNode root = new javax.imageio.metadata.IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(phys);
            meta.mergeTree("javax_imageio_png_1.0", root);
            writer.setOutput(ios);
            writer.write(null, new javax.imageio.IIOImage(image, null, meta), param);
        } finally {
            writer.dispose();
        }
    }

    /** The chart as a standalone SVG document (XML declaration, width and height in pixels). */
    public static String svg(Drawing chart, Dimension size) {
        SVGGraphics2D g = svgGraphics(size);
        chart.draw(g, new Rectangle2D.Double(0, 0, size.width, size.height));
        return g.getSVGDocument();
    }

    /**
     * The chart as an {@code <svg>} element to inline in HTML; {@code idPrefix} keeps the ids of
     * several charts on one page apart (JFreeSVG numbers its clip paths from 0 in each chart).
     */
    public static String svgElement(JFreeChart chart, Dimension size, String idPrefix) {
        SVGGraphics2D g = svgGraphics(size);
        g.setDefsKeyPrefix(idPrefix);
        chart.draw(g, new Rectangle2D.Double(0, 0, size.width, size.height));
        return g.getSVGElement(idPrefix + "chart", true, new org.jfree.svg.ViewBox(0, 0, size.width, size.height), null, null);
    }

    private static SVGGraphics2D svgGraphics(Dimension size) {
        SVGGraphics2D g = new SVGGraphics2D(size.width, size.height);
        g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        // Coordinates to a hundredth of a pixel (full double precision tripled the size of a map's
        // SVG); one formatter per drawing, as charts are drawn on several threads at once.
        java.text.DecimalFormat geometry = new java.text.DecimalFormat("0.##", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
        java.text.DecimalFormat transform = new java.text.DecimalFormat("0.####", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
        g.setGeomDoubleConverter(geometry::format);
        g.setTransformDoubleConverter(transform::format);
        return g;
    }

    /** One PDF page of the chart's size (96 CSS pixels = 72 points = one inch). */
    public static void pdf(OutputStream out, Drawing chart, Dimension size) throws IOException {
        float w = size.width * 0.75f;
        float h = size.height * 0.75f;
        Document doc = new Document(new com.lowagie.text.Rectangle(w, h), 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, new NonClosing(out));
            doc.addCreator("ceasefire");
            doc.open();
            PdfContentByte cb = writer.getDirectContent();
            DefaultFontMapper fonts = PdfFonts.mapper();
            // With the fonts the chart was laid out in, text stays text; without them, OpenPDF would
            // set it in Helvetica stretched to Java's widths (letters spaced apart), so it is drawn
            // as outlines instead, which look exactly as in the PNG.
            Graphics2D g = fonts != null ? cb.createGraphics(w, h, fonts) : cb.createGraphicsShapes(w, h);
            try {
                g.scale(0.75, 0.75);
                chart.draw(g, new Rectangle2D.Double(0, 0, size.width, size.height));
            } finally {
                g.dispose();
            }
        } catch (com.lowagie.text.DocumentException e) {
            throw new IOException("writing the PDF failed: " + e.getMessage(), e);
        } finally {
            if (doc.isOpen()) {
                doc.close();
            }
        }
    }

    /** The fonts of the charts (Java's SansSerif is DejaVu Sans on Linux) for PDF text, if installed. */
    static final class PdfFonts {
        private static final String[] DIRS = {"/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF",
            "/usr/local/share/fonts", "/Library/Fonts"};
        private static DefaultFontMapper mapper;
        private static boolean looked;

        static synchronized DefaultFontMapper mapper() {
            if (!looked) {
                looked = true;
                mapper = find();
            }
            return mapper;
        }

        private static DefaultFontMapper find() {
            for (String dir : DIRS) {
                java.nio.file.Path plain = java.nio.file.Path.of(dir, "DejaVuSans.ttf");
                java.nio.file.Path bold = java.nio.file.Path.of(dir, "DejaVuSans-Bold.ttf");
                if (java.nio.file.Files.isReadable(plain) && java.nio.file.Files.isReadable(bold)) {
                    DefaultFontMapper m = new DefaultFontMapper();
                    for (String name : new String[] {"SansSerif", "SansSerif.plain", "Dialog", "Dialog.plain"}) {
                        m.putName(name, parameters(plain));
                    }
                    for (String name : new String[] {"SansSerif.bold", "Dialog.bold"}) {
                        m.putName(name, parameters(bold));
                    }
                    return m;
                }
            }
            return null;
        }

        private static DefaultFontMapper.BaseFontParameters parameters(java.nio.file.Path file) {
            DefaultFontMapper.BaseFontParameters p = new DefaultFontMapper.BaseFontParameters(file.toString());
            p.encoding = com.lowagie.text.pdf.BaseFont.IDENTITY_H;
            p.embedded = true;
            return p;
        }
    }

    /** AtomicFiles closes the stream itself; OpenPDF closes it too when the document closes. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
