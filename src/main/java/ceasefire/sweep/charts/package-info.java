/**
 * A sweep's charts ({@link ceasefire.sweep.charts.SweepCharts}, drawn with the builders of
 * {@link ceasefire.charts}) and its report.html ({@link ceasefire.sweep.charts.SweepReport}).
 */
package ceasefire.sweep.charts;
