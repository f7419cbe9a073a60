package ceasefire.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.TestFiles;
import ceasefire.model.Runs;
import ceasefire.scenario.Overrides;
import ceasefire.scenario.Scenario;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Charts as PNG, SVG and PDF, and the run's report.html (issue 10, sections 1, 2 and 4). */
class FiguresAndReportTest {

    @TempDir
    static Path dir;
    static List<String> files;

    @BeforeAll
    static void writeFlagshipRun() throws Exception {
        Scenario s = TestFiles.load(TestFiles.flagship());
        Runs.Result r = Runs.run(s);
        FigureSpec spec = new FigureSpec(EnumSet.allOf(FigureSpec.Format.class), 720, 0, 192);
        files = new RunWriter(s, "nagorno-karabakh-2022.yaml", Overrides.parse(List.of("peacekeepers.troops=1960")), r.log(), r.summary())
                .writeAll(dir, null, spec, true);
    }

    @Test
    void everyChartInEveryFormat() {
        for (String stem : List.of("incidents", "escalation", "casualties", "heatmap")) {
            for (String ext : List.of("png", "svg", "pdf")) {
                assertTrue(files.contains(stem + "." + ext), stem + "." + ext + " in " + files);
                assertTrue(Files.exists(dir.resolve(stem + "." + ext)));
            }
        }
    }

    @Test
    void aPngSaysItsResolutionSoThatDocumentsPlaceItAtItsSize() throws Exception {
        try (var in = javax.imageio.ImageIO.createImageInputStream(dir.resolve("escalation.png").toFile())) {
            var reader = javax.imageio.ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            var tree = (org.w3c.dom.Element) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            var phys = (org.w3c.dom.Element) tree.getElementsByTagName("pHYs").item(0);
            assertEquals("meter", phys.getAttribute("unitSpecifier"));
            // 192 dpi = 7559 pixels per metre
            assertEquals(7559, Integer.parseInt(phys.getAttribute("pixelsPerUnitXAxis")));
            reader.dispose();
        }
    }

    @Test
    void anSvgParsesAsXmlAndHoldsTheChartsTitle() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        // The SVG names its DTD; parsing must not go to the network for it.
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var doc = factory.newDocumentBuilder().parse(dir.resolve("escalation.svg").toFile());
        assertEquals("svg", doc.getDocumentElement().getNodeName());
        assertTrue(doc.getDocumentElement().getTextContent().contains("Escalation and hostility"));
        assertEquals(720.0, Double.parseDouble(doc.getDocumentElement().getAttribute("width")));
    }

    @Test
    void aPdfIsOnePageOfThePdfFormat() throws Exception {
        byte[] pdf = Files.readAllBytes(dir.resolve("incidents.pdf"));
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("%PDF-"));
        assertEquals(1, text.split("/Type\\s*/Page[^s]", -1).length - 1, "one page object");
        assertTrue(text.contains("/Count 1"));
    }

    @Test
    void thePngHasTheResolutionAskedFor() throws Exception {
        var image = ImageIO.read(dir.resolve("escalation.png").toFile());
        assertEquals(1440, image.getWidth()); // 720 CSS pixels at 192 dpi
    }

    @Test
    void theReportIsSelfContainedAndHoldsWhatWasRunEveryChartTheKeyMomentsAndTheFiles() throws Exception {
        Document html = Jsoup.parse(dir.resolve(Report.FILE).toFile(), "UTF-8");
        assertEquals("Nagorno-Karabakh 2022: run report", html.title());
        // No network: no scripts, no external styles, images or frames.
        assertTrue(html.select("script, link, img, iframe").isEmpty());
        for (Element a : html.select("a[href]")) {
            assertFalse(a.attr("href").contains("://"), a.attr("href"));
            assertTrue(Files.exists(dir.resolve(a.attr("href"))), a.attr("href"));
        }
        String facts = html.select("table.facts").text();
        assertTrue(facts.contains("seed 20220324"), facts);
        assertTrue(facts.contains("peacekeepers.troops = 1960"), facts);
        assertTrue(facts.contains("ceasefire "), facts);
        assertEquals(4, html.select("figure.chart svg").size());
        assertTrue(html.select("figure.chart svg").get(1).text().contains("Escalation and hostility"));
        // svg ids of different charts do not collide
        List<String> ids = html.select("svg [id]").eachAttr("id");
        assertEquals(ids.size(), ids.stream().distinct().count());
        assertTrue(html.select("#moments ~ h3").eachText().containsAll(List.of("Highest escalation", "Rebukes", "Talks", "Recommitments")));
        assertTrue(html.select("ul.moments").text().contains("publicly rebukes Azerbaijan for the first time"));
        assertTrue(html.select("ul.files a").eachText().containsAll(List.of("timeseries.csv", "incidents.csv", "narrative.csv")));
        assertTrue(html.select("style").html().contains("@media print"));
    }
}
