/**
 * Running a sweep's runs and recording them so that a killed sweep can go on:
 * {@link ceasefire.sweep.running.SweepRunner} runs them on a thread pool through a
 * {@link ceasefire.sweep.running.RunFunction}; each finished run is one record appended to
 * runs.csv ({@link ceasefire.sweep.running.RunsCsv}) and days.bin ({@link ceasefire.sweep.running.DailySeries});
 * {@link ceasefire.sweep.running.Manifest} says what was run and how far it got;
 * {@link ceasefire.sweep.running.Shard} and {@link ceasefire.sweep.running.SchedulerScripts} split
 * a sweep over a cluster; {@link ceasefire.sweep.running.KeptRuns} keeps every run's own series.
 */
package ceasefire.sweep.running;
