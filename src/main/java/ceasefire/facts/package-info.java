/**
 * Stylized facts of runs: how bursty and persistent incidents are and how far they fall after a
 * recommitment or successful talks (docs/FACTS.md). {@link ceasefire.facts.StylizedFacts} holds
 * the figures as pure functions of daily series; {@link ceasefire.facts.SeriesFiles} finds and
 * reads runs on disk; {@link ceasefire.facts.FactsTable} summarises them over replications.
 *
 * <pre>{@code
 * List<RunSeries> runs = SeriesFiles.read(Path.of("runs/kashmir"));
 * for (FactsTable.Row row : FactsTable.of(runs)) {
 *     System.out.println(row.figure() + " " + row.event() + " " + row.median());
 * }
 * }</pre>
 */
package ceasefire.facts;
