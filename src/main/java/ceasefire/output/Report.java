package ceasefire.output;

import java.awt.Dimension;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * A self-contained HTML report ({@code report.html}) built section by section: no scripts, no
 * network, charts inlined as SVG, styles for screen and print. Run, sweep and comparison reports
 * use it, and so can any command that writes a directory of results.
 */
public final class Report {

    public static final String FILE = "report.html";

    private static final String CSS = """
            body{font-family:"DejaVu Sans",Helvetica,Arial,sans-serif;color:#222;max-width:1100px;margin:2em auto;padding:0 1em;line-height:1.45}
            h1{font-size:1.7em;margin-bottom:.2em}h2{font-size:1.3em;border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:1.8em}
            h3{font-size:1.05em;margin:1.2em 0 .3em}
            p.lead{color:#555;margin-top:0}
            table{border-collapse:collapse;margin:.5em 0 1em;font-size:.92em}
            table.means{font-size:.8em;display:block;overflow-x:auto}table.headline td.num{text-align:left}
            th,td{border:1px solid #ccc;padding:.25em .6em;text-align:left;vertical-align:top}
            th{background:#f2f2f2}td.num{text-align:right;font-variant-numeric:tabular-nums}
            figure{margin:1.2em 0;page-break-inside:avoid;break-inside:avoid}
            figure svg{max-width:100%;height:auto;display:block}
            figcaption{font-size:.9em;color:#444}
            ul.moments li{margin:.2em 0}.day{color:#555;font-variant-numeric:tabular-nums}
            .caveat{border-left:4px solid #E69F00;background:#fff8e6;padding:.4em .8em}
            footer{margin-top:3em;color:#777;font-size:.85em}
            @media print{body{max-width:none;margin:0;font-size:10.5pt}a{color:inherit;text-decoration:none}
            h2{page-break-after:avoid;break-after:avoid}figure{page-break-inside:avoid}}
            """;

    private final StringBuilder body = new StringBuilder();
    private final String title;
    private int charts;

    public Report(String title, String lead) {
        this.title = title;
        body.append("<h1>").append(esc(title)).append("</h1>\n");
        if (lead != null && !lead.isBlank()) {
            body.append("<p class=\"lead\">").append(esc(lead)).append("</p>\n");
        }
    }

    /** HTML-escapes text. */
    public static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    public Report section(String heading, String id) {
        body.append("<h2 id=\"").append(esc(id)).append("\">").append(esc(heading)).append("</h2>\n");
        return this;
    }

    public Report subsection(String heading) {
        body.append("<h3>").append(esc(heading)).append("</h3>\n");
        return this;
    }

    public Report paragraph(String text) {
        body.append("<p>").append(esc(text)).append("</p>\n");
        return this;
    }

    public Report caveat(String text) {
        body.append("<p class=\"caveat\">").append(esc(text)).append("</p>\n");
        return this;
    }

    /** A two-column table of names and values (what was run). */
    public Report facts(List<String[]> rows) {
        body.append("<table class=\"facts\">\n");
        for (String[] r : rows) {
            body.append("<tr><th>").append(esc(r[0])).append("</th><td>").append(esc(r[1])).append("</td></tr>\n");
        }
        body.append("</table>\n");
        return this;
    }

    /** A table; cells that look like numbers are right-aligned. */
    public Report table(String cssClass, List<String> header, List<List<String>> rows) {
        body.append("<table class=\"").append(esc(cssClass)).append("\">\n<tr>");
        for (String h : header) {
            body.append("<th>").append(esc(h)).append("</th>");
        }
        body.append("</tr>\n");
        for (List<String> r : rows) {
            body.append("<tr>");
            for (String c : r) {
                boolean num = c.matches("[-+]?[0-9][0-9.,]*%?( \\[.*])?");
                body.append(num ? "<td class=\"num\">" : "<td>").append(esc(c)).append("</td>");
            }
            body.append("</tr>\n");
        }
        body.append("</table>\n");
        return this;
    }

    /** A bulleted list of (label, text) items, the label set apart ("day 114 (2022-03-25)"). */
    public Report moments(List<String[]> items) {
        body.append("<ul class=\"moments\">\n");
        for (String[] i : items) {
            body.append("<li><span class=\"day\">").append(esc(i[0])).append("</span> ").append(esc(i[1])).append("</li>\n");
        }
        body.append("</ul>\n");
        return this;
    }

    /** A chart inlined as SVG, with a caption and links to its files. */
    public Report chart(JFreeChart chart, Dimension size, String caption, List<String> files) {
        charts++;
        body.append("<figure class=\"chart\">\n");
        body.append(Figures.svgElement(chart, size, "c" + charts + "-")).append('\n');
        body.append("<figcaption>").append(esc(caption));
        if (!files.isEmpty()) {
            body.append(" Files: ");
            for (int i = 0; i < files.size(); i++) {
                body.append(i == 0 ? "" : ", ").append(link(files.get(i)));
            }
            body.append('.');
        }
        body.append("</figcaption>\n</figure>\n");
        return this;
    }

    /** A list of links to files in the same directory, each with what it holds. */
    public Report files(List<String[]> files) {
        body.append("<ul class=\"files\">\n");
        for (String[] f : files) {
            body.append("<li>").append(link(f[0])).append(f[1].isEmpty() ? "" : ": " + esc(f[1])).append("</li>\n");
        }
        body.append("</ul>\n");
        return this;
    }

    private static String link(String file) {
        return "<a href=\"" + esc(file.replace(" ", "%20")) + "\">" + esc(file) + "</a>";
    }

    public String html(String footer) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + esc(title) + "</title>\n"
                + "<style>\n" + CSS + "</style>\n</head>\n<body>\n" + body + "<footer>" + esc(footer) + "</footer>\n</body>\n</html>\n";
    }

    /** Writes the page atomically. */
    public void write(Path file, String footer) throws IOException {
        String html = html(footer);
        AtomicFiles.writeString(file, html);
    }
}
