package ceasefire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.calibrate.Calibrations;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code calibrate}'s figures in the formats asked for and its report.html (issue 10 applied to issue 8's calibrate). */
class CalibrateReportTest {

    @TempDir
    static Path tmp;
    static Path file;
    static Path out;

    /** One small ABC-SMC calibration (so the report has a posterior) with vector charts only. */
    @BeforeAll
    static void calibrate() throws Exception {
        file = Calibrations.file(tmp, 13, "abc_smc", 24);
        out = tmp.resolve("abc");
        Cli.Result r = Cli.run("calibrate", file.toString(), "--out", out.toString(), "--threads", "2", "--format", "svg,pdf", "--width", "800");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("report.html"), r.out());
    }

    @Test
    void everyChartIsWrittenAsParseableSvgAndAOnePagePdfAndNoPng() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        for (String[] c : List.of(new String[] {"fit", "fit: observed and simulated"}, new String[] {"objective", "Objective by evaluation"},
                new String[] {"profile", "Profile of the objective through the best point"})) {
            var svg = factory.newDocumentBuilder().parse(out.resolve("charts/" + c[0] + ".svg").toFile()).getDocumentElement();
            assertEquals("svg", svg.getNodeName());
            assertTrue(svg.getTextContent().contains(c[1]), c[0] + ".svg holds its title");
            assertEquals(800.0, Double.parseDouble(svg.getAttribute("width")), "--width");
            String pdf = new String(Files.readAllBytes(out.resolve("charts/" + c[0] + ".pdf")), StandardCharsets.ISO_8859_1);
            assertTrue(pdf.startsWith("%PDF-"), c[0] + ".pdf");
            assertTrue(pdf.contains("/Count 1"), "one page");
            assertFalse(Files.exists(out.resolve("charts/" + c[0] + ".png")), "png was not asked for");
        }
        String svg = Files.readString(out.resolve("charts/profile.svg"));
        assertTrue(svg.contains("B: aggressiveness (0 to 1)") && !svg.contains("sides.B.aggressiveness"), "human axis labels");
    }

    @Test
    void theReportHasWhatWasRunTheFittedValuesTheFitEveryChartThePosteriorAndTheFiles() throws Exception {
        Document html = Jsoup.parse(out.resolve("report.html").toFile(), "UTF-8");
        assertEquals("fit: calibration report", html.title());
        assertTrue(html.select("script, link, img, iframe").isEmpty(), "self-contained");
        for (Element a : html.select("a[href]")) {
            assertFalse(a.attr("href").contains("://"), a.attr("href"));
            assertTrue(Files.exists(out.resolve(a.attr("href"))), a.attr("href"));
        }
        String facts = html.select("table.facts").text();
        for (String s : List.of(file.toString(), "Test line", "weeks.csv: 24 weeks, 2020-01-06 to 2020-06-15", "incidents_b per week",
                "4 weeks (2020-05-25, 2020-06-01, 2020-06-08, 2020-06-15)", "abc_smc", "24 candidate evaluations", "seed 7",
                "4 replications on the same seeds", "ceasefire ")) {
            assertTrue(facts.contains(s), s + " in " + facts);
        }
        assertTrue(html.select("table.facts th").eachText().contains("date"));

        // The fitted values are summary.json's, with their intervals and whether each is identified.
        String summary = Files.readString(out.resolve("summary.json"));
        List<Element> rows = html.select("table.fitted tr:gt(0)");
        assertEquals(2, rows.size());
        for (int i = 0; i < 2; i++) {
            List<String> cells = rows.get(i).select("td").eachText();
            String path = List.of("dynamics.opportunity", "sides.B.aggressiveness").get(i);
            assertEquals(path, cells.get(1));
            assertEquals(Double.parseDouble(field(summary, path, "best")), Double.parseDouble(cells.get(2)), 6e-5);
            String[] iv = cells.get(3).replaceAll("[\\[\\]]", "").split(", ");
            assertEquals(Double.parseDouble(field(summary, path, "low")), Double.parseDouble(iv[0]), 6e-5);
            assertEquals(Double.parseDouble(field(summary, path, "high")), Double.parseDouble(iv[1]), 6e-5);
            boolean atBound = Boolean.parseBoolean(field(summary, path, "at_bound"));
            assertEquals(atBound, cells.get(5).startsWith("no: "), cells.get(5));
            assertEquals(!atBound, cells.get(5).equals("yes"), cells.get(5));
        }

        // Goodness of fit on the 20 fitted and the 4 held-out weeks.
        List<Element> fit = html.select("table.goodness tr:gt(0)");
        assertEquals(List.of("fitted", "20"), fit.get(0).select("td").eachText().subList(0, 2));
        assertEquals(List.of("held out", "4"), fit.get(1).select("td").eachText().subList(0, 2));
        assertTrue(fit.get(1).select("td").get(3).text().matches("\\d+%"), fit.get(1).text());

        assertEquals(3, html.select("figure.chart svg").size());
        String charts = html.select("figure.chart").text();
        assertTrue(charts.contains("fit: observed and simulated") && charts.contains("held out") && charts.contains("Objective by evaluation")
                && charts.contains("Profile of the objective through the best point"), charts);
        List<String> ids = html.select("svg [id]").eachAttr("id");
        assertEquals(ids.size(), ids.stream().distinct().count(), "svg ids of different charts do not collide");
        assertTrue(html.select("figcaption a").eachText().containsAll(List.of("charts/fit.svg", "charts/fit.pdf")));

        List<Element> posterior = html.select("table.posterior tr:gt(0)");
        assertEquals(2, posterior.size());
        assertEquals(6, posterior.get(0).select("td").size(), "parameter, 2.5%, 25%, median, 75%, 97.5%");
        assertTrue(html.select("#posterior + p").text().startsWith("12 particles after"), html.select("#posterior + p").text());

        assertEquals(List.of("calibration.json", "trace.csv", "fit.csv", "profile.csv", "posterior.csv", "best.yaml", "summary.json"),
                html.select("ul.files a").eachText());
    }

    @Test
    void resumeRewritesTheReportAndNoReportLeavesItOut() throws Exception {
        Path again = tmp.resolve("again");
        Files.createDirectory(again);
        Path cmaes = Calibrations.file(Files.createDirectory(tmp.resolve("small")), 11, "cmaes", 3);
        assertEquals(0, Cli.run("calibrate", cmaes.toString(), "--out", again.toString(), "--quiet", "--no-report").exit());
        assertFalse(Files.exists(again.resolve("report.html")), "--no-report");
        assertTrue(Files.exists(again.resolve("charts/fit.png")), "png by default");
        Cli.Result r = Cli.run("calibrate", cmaes.toString(), "--out", again.toString(), "--resume", "--quiet");
        assertEquals(0, r.exit(), r.err());
        Document html = Jsoup.parse(again.resolve("report.html").toFile(), "UTF-8");
        Matcher m = Pattern.compile("(\\d+) evaluations in all \\(search and profiles\\), (\\d+) of them read back").matcher(
                html.select("table.facts").text());
        assertTrue(m.find(), html.select("table.facts").text());
        assertEquals(Files.readAllLines(again.resolve("trace.csv")).size() - 1, Integer.parseInt(m.group(2)),
                "every row of the trace read back, nothing run again");
        assertTrue(html.select("table.posterior").isEmpty(), "no posterior without ABC-SMC");
        assertFalse(html.select("ul.files a").eachText().contains("posterior.csv"));
    }

    /** A parameter's field in summary.json, as text. */
    private static String field(String summary, String path, String key) {
        String block = summary.substring(summary.indexOf("\"path\": \"" + path + "\""));
        Matcher m = Pattern.compile("\"" + key + "\": ([^,\\s}]+)").matcher(block);
        assertTrue(m.find(), key);
        return m.group(1);
    }
}
