package ceasefire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.TestFiles;
import ceasefire.charts.SeriesColors;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * {@code compare}'s overlaid histograms in SVG: sample B is drawn in its own colour, never as the
 * solid black JFreeSVG substitutes for paints it cannot write (texture paints).
 */
class CompareSvgTest {

    @TempDir
    Path tmp;

    private static final Pattern FILL = Pattern.compile("fill:\\s*([^;]+)");
    private static final Pattern OPACITY = Pattern.compile("fill-opacity:\\s*([0-9.eE-]+)");

    private static String style(Element e, Pattern p) {
        for (Node n = e; n instanceof Element el; n = n.getParentNode()) {
            Matcher m = p.matcher(el.getAttribute("style"));
            if (m.find()) {
                return m.group(1).strip();
            }
        }
        return null;
    }

    private static String rgb(Color c) {
        return String.format(Locale.ROOT, "rgb(%d,%d,%d)", c.getRed(), c.getGreen(), c.getBlue());
    }

    /** The visible fills of every filled shape (rect, straight-edged path, polygon), each as "rgb(...)". */
    private static List<String> visibleFills(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var doc = f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        List<String> out = new ArrayList<>();
        for (String tag : List.of("rect", "path", "polygon")) {
            NodeList nodes = doc.getElementsByTagName(tag);
            for (int i = 0; i < nodes.getLength(); i++) {
                Element e = (Element) nodes.item(i);
                String fill = style(e, FILL);
                String opacity = style(e, OPACITY);
                if (tag.equals("path") && e.getAttribute("d").matches(".*[QqCc].*")) {
                    continue; // a glyph of rotated text (the axis label), black by design; bars and swatches are straight
                }
                if (fill == null || fill.equals("none") || (opacity != null && Double.parseDouble(opacity) == 0)) {
                    continue;
                }
                String normal = fill.replace(" ", "").toLowerCase(Locale.ROOT);
                out.add(normal.equals("black") || normal.equals("#000000") || normal.equals("#000") ? "rgb(0,0,0)" : normal);
            }
        }
        return out;
    }

    @Test
    void sampleBIsDrawnInItsColourNotSolidBlack() throws Exception {
        List<String> runs = new ArrayList<>();
        for (String[] side : List.of(new String[] {"a"}, new String[] {"b", "--set", "dynamics.opportunity=0.5"})) {
            List<String> args = new ArrayList<>(List.of("run", TestFiles.tiny().toString(), "--replications", "20", "--out",
                    tmp.resolve(side[0]).toString(), "--no-charts", "--quiet"));
            args.addAll(List.of(side).subList(1, side.length));
            assertEquals(0, Cli.run(args.toArray(String[]::new)).exit());
            runs.add(tmp.resolve(side[0]).toString());
        }
        Path out = tmp.resolve("cmp");
        Cli.Result r = Cli.run("compare", runs.get(0), runs.get(1), "--metric", "incidents", "--format", "svg", "--out", out.toString(), "--quiet");
        assertEquals(0, r.exit(), r.err());

        String b = rgb(SeriesColors.qualitative(1));
        String a = rgb(SeriesColors.qualitative(0));
        List<String> fills = visibleFills(Files.readString(out.resolve("overlay-incidents.svg")));
        assertTrue(fills.stream().noneMatch("rgb(0,0,0)"::equals), "no visible solid-black fill: " + fills);
        // B's bars and its legend swatch are filled in B's colour (and A's in A's).
        assertTrue(fills.stream().filter(b::equals).count() >= 2, "B's colour " + b + " fills its bars and legend swatch: " + fills);
        assertTrue(fills.stream().filter(a::equals).count() >= 2, "A's colour " + a + ": " + fills);

        // The same chart inline in report.html.
        String html = Files.readString(out.resolve("report.html"));
        Matcher svg = Pattern.compile("(?s)<svg.*?</svg>").matcher(html);
        int charts = 0;
        while (svg.find()) {
            List<String> inline = visibleFills(svg.group());
            assertTrue(inline.stream().noneMatch("rgb(0,0,0)"::equals), "report.html: no visible solid-black fill: " + inline);
            charts++;
        }
        assertTrue(charts >= 1, "report.html holds the charts inline");
    }
}
