/**
 * Parameter sweeps (docs/SWEEPS.md), in layers: {@link ceasefire.sweep.design} (what to run) &lt;-
 * {@link ceasefire.sweep.running} (running it, resumably, and what it records) &lt;-
 * {@link ceasefire.sweep.statistics} (what the runs say) &lt;- {@link ceasefire.sweep.charts}
 * (a sweep's charts and report.html) &lt;- the jobs here, which tie them together:
 * {@link ceasefire.sweep.SweepJob} (a sweep on one machine, or {@code run --replications}),
 * {@link ceasefire.sweep.ShardJob} and {@link ceasefire.sweep.SweepMerge} (a sweep split over a
 * cluster) and {@link ceasefire.sweep.Comparison} ({@code compare}). ArchitectureTest keeps the order.
 *
 * <pre>{@code
 * Sweep sweep = SweepFile.load(Path.of("scenarios/sweeps/peacekeepers-vs-mediator.yaml"), new SweepFile.Settings(null, null, 2),
 *         (done, total) -> { });
 * SweepJob.Result r = SweepJob.run(sweep, new SweepJob.Options(Path.of("runs/pk"), Path.of("runs"), false, false, 2, true,
 *         RunFunction.MODEL), listener);
 * }</pre>
 */
package ceasefire.sweep;
