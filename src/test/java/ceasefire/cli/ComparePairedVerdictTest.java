package ceasefire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which test {@code compare}'s verdicts rest on: the paired t-test when A and B ran the same seeds
 * run for run, Welch's otherwise; Holm's adjustment, the verdict and the printed sentences follow.
 */
class ComparePairedVerdictTest {

    @TempDir
    Path tmp;

    private Path replications(String name, String... more) {
        List<String> args = new ArrayList<>(List.of("run", TestFiles.tiny().toString(), "--replications", "30", "--out",
                tmp.resolve(name).toString(), "--no-charts", "--quiet"));
        args.addAll(List.of(more));
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        return tmp.resolve(name);
    }

    private static List<CSVRecord> csv(Path file) throws Exception {
        try (CSVParser p = CSVParser.parse(file, java.nio.charset.StandardCharsets.UTF_8,
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build())) {
            return p.getRecords();
        }
    }

    private static double p(CSVRecord r, String column) {
        return Double.parseDouble(r.get(column));
    }

    /** Holm's step-down adjustment of two p-values, written out. */
    private static double[] holm2(double p0, double p1) {
        boolean firstSmaller = p0 <= p1;
        double small = Math.min(1, 2 * Math.min(p0, p1));
        double large = Math.min(1, Math.max(small, Math.max(p0, p1)));
        return firstSmaller ? new double[] {small, large} : new double[] {large, small};
    }

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-3 * Math.max(1e-6, Math.abs(expected)) + 1e-12, what);
    }

    @Test
    void sameSeedsMakeThePairedTestTheVerdictsTest() throws Exception {
        // Same seeds (the scenario's), a moderate change: the runs are pairs.
        Path a = replications("a");
        Path b = replications("b", "--set", "dynamics.opportunity=0.5");
        Path out = tmp.resolve("cmp");
        Cli.Result r = Cli.run("compare", a.toString(), b.toString(), "--metric", "incidents", "--metric", "peak_escalation", "--out",
                out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("the verdicts and\nHolm's adjustment rest on the paired t-test"), r.out());
        assertFalse(r.out().contains("the unpaired tests\n(Welch, Mann-Whitney) are conservative, and"), "the old, contradictory sentence");
        assertTrue(r.out().contains("Significant means the paired t-test p < 0.05 after Holm's correction for the 2 tests above"), r.out());
        assertTrue(r.out().matches("(?s).*\\nmetric .* p Welch +p M-W +p paired +p Holm +g +delta +verdict\\n.*"), r.out());

        List<CSVRecord> rows = csv(out.resolve("compare.csv"));
        assertEquals(2, rows.size());
        double[] holm = holm2(p(rows.get(0), "p_paired"), p(rows.get(1), "p_paired"));
        double[] welchHolm = holm2(p(rows.get(0), "p_welch"), p(rows.get(1), "p_welch"));
        boolean differs = false;
        for (int i = 0; i < 2; i++) {
            CSVRecord row = rows.get(i);
            assertEquals("paired", row.get("verdict_test"));
            assertEquals("paired", row.get("diff_ci_method"), "a paired verdict comes with the paired interval");
            assertClose(holm[i], p(row, "p_verdict_holm"), "Holm rests on the paired p-values");
            assertClose(welchHolm[i], p(row, "p_welch_holm"), "the Welch column keeps its meaning");
            assertEquals(holm[i] < 0.05 ? "yes" : "no", row.get("significant"));
            differs |= Math.abs(p(row, "p_paired") - p(row, "p_welch")) > 1e-6;
        }
        assertTrue(differs, "the paired and Welch p-values should differ here, or this test could not tell them apart");
        // The paired interval of B - A is narrower than Welch's would be: the runs correlate.
        CSVRecord incidents = rows.get(0);
        assertTrue(p(incidents, "diff_ci_low") <= p(incidents, "difference") && p(incidents, "difference") <= p(incidents, "diff_ci_high"));
    }

    @Test
    void differentSeedsKeepWelch() throws Exception {
        Path a = replications("ua", "--seed", "1");
        Path b = replications("ub", "--seed", "2", "--set", "dynamics.opportunity=0.5");
        Path out = tmp.resolve("ucmp");
        Cli.Result r = Cli.run("compare", a.toString(), b.toString(), "--metric", "incidents", "--metric", "peak_escalation", "--out",
                out.toString());
        assertEquals(0, r.exit(), r.err());
        assertFalse(r.out().contains("same seeds"), r.out());
        assertTrue(r.out().contains("Significant means Welch's t-test p < 0.05 after Holm's correction for the 2 tests above"), r.out());
        List<CSVRecord> rows = csv(out.resolve("compare.csv"));
        double[] holm = holm2(p(rows.get(0), "p_welch"), p(rows.get(1), "p_welch"));
        for (int i = 0; i < 2; i++) {
            CSVRecord row = rows.get(i);
            assertEquals("welch", row.get("verdict_test"));
            assertEquals("welch", row.get("diff_ci_method"));
            assertEquals("", row.get("p_paired"));
            assertClose(holm[i], p(row, "p_verdict_holm"), "Holm rests on Welch's p-values");
            assertEquals(row.get("p_welch_holm"), row.get("p_verdict_holm"));
            assertEquals(holm[i] < 0.05 ? "yes" : "no", row.get("significant"));
        }
    }
}
