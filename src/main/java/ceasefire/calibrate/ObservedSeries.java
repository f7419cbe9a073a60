package ceasefire.calibrate;

import ceasefire.output.CsvOut;
import ceasefire.scenario.Problem;
import ceasefire.scenario.ScenarioException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An observed count series to fit: consecutive periods (days, weeks or calendar months) with a
 * count each, read from a CSV file with a date or period column and a count column.
 *
 * @param labels  each period as written in the file (normalised: YYYY-MM-DD, or YYYY-MM for months)
 * @param starts  first day of each period
 * @param counts  the observed count of each period (0 or more)
 * @param lines   line of each period in the file
 */
public record ObservedSeries(String file, Period period, List<String> labels, List<LocalDate> starts, double[] counts, int[] lines) {

    /** How long one period of the series is. */
    public enum Period {
        DAILY, WEEKLY, MONTHLY;

        public String yamlName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** One period in words: day, week or month. */
        public String noun() {
            return switch (this) {
                case DAILY -> "day";
                case WEEKLY -> "week";
                case MONTHLY -> "month";
            };
        }

        /** The day after the last day of the period that starts on {@code start}. */
        public LocalDate end(LocalDate start) {
            return switch (this) {
                case DAILY -> start.plusDays(1);
                case WEEKLY -> start.plusDays(7);
                case MONTHLY -> start.plusMonths(1);
            };
        }
    }

    public ObservedSeries {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(period, "period");
        labels = List.copyOf(labels);
        starts = List.copyOf(starts);
        counts = counts.clone();
        lines = lines.clone();
        if (labels.size() != starts.size() || starts.size() != counts.length || counts.length != lines.length) {
            throw new IllegalArgumentException("columns of different lengths");
        }
    }

    public int size() {
        return counts.length;
    }

    @Override
    public double[] counts() {
        return counts.clone();
    }

    /** The index of a period given by its label (normalised like the file's), or -1. */
    public int indexOf(String label) {
        String norm = normalise(label, period);
        return norm == null ? -1 : labels.indexOf(norm);
    }

    /** The label of a period written as {@code text}, or null when it is not one (e.g. a month as 2021-3 or a bad date). */
    static String normalise(String text, Period period) {
        String t = text.strip();
        try {
            if (period == Period.MONTHLY) {
                return (t.length() == 7 ? YearMonth.parse(t) : YearMonth.from(LocalDate.parse(t))).toString();
            }
            return LocalDate.parse(t).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Reads the series; every bad row (an unreadable date or count, a negative count, a period out
     * of order or missing) is a problem naming the file, the line and the column.
     */
    public static ObservedSeries read(Path file, String label, Period period, String dateColumn, String countColumn)
            throws ScenarioException {
        if (!Files.isRegularFile(file)) {
            throw new ScenarioException(new Problem(label, 0, "", Files.exists(file) ? "is not a regular file" : "no such file"));
        }
        List<Problem> problems = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<LocalDate> starts = new ArrayList<>();
        List<Double> counts = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CsvOut.FORMAT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true).get().parse(r)) {
            List<String> header = p.getHeaderNames();
            for (String c : List.of(dateColumn, countColumn)) {
                if (!header.contains(c)) {
                    problems.add(new Problem(label, 1, c, "no such column" + ceasefire.scenario.Names.didYouMean(c, header)
                            + " (columns: " + String.join(", ", header) + ")"));
                }
            }
            if (!problems.isEmpty()) {
                throw new ScenarioException(problems);
            }
            for (CSVRecord rec : p) {
                int line = (int) rec.getRecordNumber() + 1;
                if (!rec.isConsistent()) {
                    problems.add(new Problem(label, line, "", "has " + rec.size() + " fields, expected " + header.size()));
                    continue;
                }
                String dateText = rec.get(dateColumn);
                String norm = normalise(dateText, period);
                if (norm == null) {
                    problems.add(new Problem(label, line, dateColumn, "expected " + (period == Period.MONTHLY ? "a month YYYY-MM" : "a date YYYY-MM-DD")
                            + ", got '" + dateText + "'"));
                    continue;
                }
                LocalDate start = period == Period.MONTHLY ? YearMonth.parse(norm).atDay(1) : LocalDate.parse(norm);
                if (!starts.isEmpty()) {
                    LocalDate expected = period.end(starts.get(starts.size() - 1));
                    if (!start.equals(expected)) {
                        problems.add(new Problem(label, line, dateColumn, "'" + dateText + "' does not follow " + labels.get(labels.size() - 1)
                                + "; periods must be consecutive " + period.yamlName() + " periods in order (expected "
                                + (period == Period.MONTHLY ? YearMonth.from(expected).toString() : expected.toString()) + ")"));
                    }
                }
                String countText = rec.get(countColumn);
                double count;
                try {
                    count = Double.parseDouble(countText);
                } catch (NumberFormatException e) {
                    count = Double.NaN;
                }
                if (!Double.isFinite(count) || count < 0) {
                    problems.add(new Problem(label, line, countColumn, "expected a count (a number, 0 or more), got '" + countText + "'"));
                    count = 0;
                }
                labels.add(norm);
                starts.add(start);
                counts.add(count);
                lines.add(line);
                if (problems.size() >= 50) {
                    break;
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
            problems.add(new Problem(label, 0, "", "is not a readable CSV file: " + e.getMessage()));
        }
        if (problems.isEmpty() && labels.size() < 3) {
            problems.add(new Problem(label, 0, "", "has " + labels.size() + " periods; a fit needs at least 3"));
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return new ObservedSeries(label, period, labels, starts, counts.stream().mapToDouble(Double::doubleValue).toArray(),
                lines.stream().mapToInt(Integer::intValue).toArray());
    }
}
