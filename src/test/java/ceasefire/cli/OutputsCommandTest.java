package ceasefire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The figure options, --no-report, the sweep's and the comparison's report.html and run --help, black-box (issue 10). */
class OutputsCommandTest {

    @TempDir
    Path tmp;

    private static String sweep(String name) {
        return TestFiles.root().resolve("src/test/resources/sweeps").resolve(name).toString();
    }

    @Test
    void runWritesEveryFormatAtThePresetsSizeAndAReport() throws Exception {
        Path out = tmp.resolve("run");
        Cli.Result r = Cli.run("run", TestFiles.tiny().toString(), "--out", out.toString(), "--quiet", "--format", "svg,pdf,png",
                "--figure", "slides");
        assertEquals(0, r.exit(), r.err());
        for (String stem : List.of("incidents", "escalation", "casualties", "heatmap")) {
            for (String ext : List.of("png", "svg", "pdf")) {
                assertTrue(Files.size(out.resolve(stem + "." + ext)) > 0, stem + "." + ext);
            }
        }
        assertEquals(1280 * 144 / 96, ImageIO.read(out.resolve("escalation.png").toFile()).getWidth());
        assertTrue(Files.exists(out.resolve("report.html")));
        assertTrue(Files.readString(out.resolve("summary.json")).contains("\"report.html\""));
    }

    @Test
    void noReportAndNoChartsWriteNeither() throws Exception {
        Path out = tmp.resolve("bare");
        Cli.Result r = Cli.run("run", TestFiles.tiny().toString(), "--out", out.toString(), "--quiet", "--no-report", "--no-charts");
        assertEquals(0, r.exit(), r.err());
        try (var files = Files.list(out)) {
            assertTrue(files.map(p -> p.getFileName().toString()).noneMatch(n -> n.endsWith(".html") || n.endsWith(".png")));
        }
    }

    @Test
    void badFigureOptionsAreBadInputNamedWithoutAStackTrace() {
        for (String[] args : List.of(new String[] {"--format", "png,gif"}, new String[] {"--dpi", "5000"}, new String[] {"--width", "10"},
                new String[] {"--figure", "poster"})) {
            List<String> all = new java.util.ArrayList<>(List.of("run", TestFiles.tiny().toString(), "--out", tmp.resolve("x").toString()));
            all.addAll(List.of(args));
            Cli.Result r = Cli.run(all.toArray(String[]::new));
            assertEquals(2, r.exit(), String.join(" ", args));
            assertTrue(r.err().contains(args[0]), r.err());
            assertTrue(r.noStackTrace(), r.err());
        }
    }

    @Test
    void runHelpListsTheExitCodes() {
        Cli.Result r = Cli.run("run", "--help");
        assertTrue(r.out().contains("Exit codes:"), r.out());
        for (String code : List.of("0   success", "1   internal fault", "2   bad input", "3   with --replications")) {
            assertTrue(r.out().contains(code), code + " in " + r.out());
        }
        // The top-level list does not split a file name across lines.
        assertFalse(Cli.run("--help").out().contains("timeseries.\n"));
    }

    @Test
    void aSweepsReportHasWhatWasRunTheMeansWithIntervalsEveryChartAndTheCaveats() throws Exception {
        Path out = tmp.resolve("sweep");
        Cli.Result r = Cli.run("sweep", sweep("two-by-three.yaml"), "--out", out.toString(), "--quiet", "--format", "png,svg");
        assertEquals(0, r.exit(), r.err());
        Document html = Jsoup.parse(out.resolve("report.html").toFile(), "UTF-8");
        assertTrue(html.select("script, link, img").isEmpty());
        assertTrue(html.select("table.facts").text().contains("grid, 6 design points x 4 replications = 24 runs"), html.select("table.facts").text());
        assertTrue(html.select("table.means td").text().contains("["), "means with intervals");
        long charts;
        try (var files = Files.list(out.resolve("charts"))) {
            charts = files.filter(p -> p.toString().endsWith(".png")).count();
        }
        assertEquals(charts, html.select("figure.chart svg").size());
        assertTrue(html.select("#main-effects ~ p.caveat").text().contains("interaction"));
        assertTrue(html.select("a[href=runs.csv]").size() == 1 && html.select("a[href=summary.csv]").size() == 1);
        // Titles and axes say what a parameter is, with its unit; the raw path stays in the CSV header.
        String svg = html.select("figure.chart svg").text();
        assertTrue(svg.contains("peacekeepers: troops (people)"), "labelled axis");
        assertFalse(svg.contains("by peacekeepers.troops"), "no raw path in titles");
    }

    @Test
    void aSampledSweepsReportGivesSensitivityWithItsCaveats() throws Exception {
        Path out = tmp.resolve("lhs");
        Cli.Result r = Cli.run("sweep", sweep("lhs.yaml"), "--out", out.toString(), "--quiet", "--no-charts");
        assertEquals(0, r.exit(), r.err());
        Document html = Jsoup.parse(out.resolve("report.html").toFile(), "UTF-8");
        assertFalse(html.select("table.sensitivity tr").isEmpty());
        assertTrue(html.select("#sensitivity ~ p.caveat").text().contains("R²"));
        assertTrue(html.text().contains("No charts were written"));
    }

    @Test
    void aComparisonsReportHasEveryTestAndItsVerdict() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertEquals(0, Cli.run("run", TestFiles.tiny().toString(), "--replications", "5", "--out", a.toString(), "--quiet", "--no-charts").exit());
        assertEquals(0, Cli.run("run", TestFiles.tiny().toString(), "--replications", "5", "--out", b.toString(), "--quiet", "--no-charts",
                "--set", "peacekeepers.troops=0").exit());
        Path out = tmp.resolve("cmp");
        Cli.Result r = Cli.run("compare", a.toString(), b.toString(), "--out", out.toString(), "--quiet", "--metric", "incidents",
                "--format", "pdf");
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.exists(out.resolve("effects.pdf")));
        Document html = Jsoup.parse(out.resolve("report.html").toFile(), "UTF-8");
        assertEquals(2, html.select("table.comparison tr").size());
        assertTrue(html.select("table.comparison").text().matches(".*(higher|lower|not significant).*"));
        assertEquals(2, html.select("figure.chart svg").size());
    }
}
