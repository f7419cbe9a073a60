/**
 * What a sweep's runs say: {@link ceasefire.sweep.statistics.RunResults} reads runs.csv back;
 * {@link ceasefire.sweep.statistics.Stats} gives means with intervals (Student t, Wilson, a seeded
 * bootstrap) and tests (also used by calibrate and facts); {@link ceasefire.sweep.statistics.SummaryTable}
 * writes summary.csv, {@link ceasefire.sweep.statistics.Sensitivity} the sensitivity indices and
 * {@link ceasefire.sweep.statistics.Trajectories} the daily median and band of each design point.
 */
package ceasefire.sweep.statistics;
