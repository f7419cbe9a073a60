/**
 * Fitting a scenario's parameters to an observed count series (docs/CALIBRATION.md).
 * {@link ceasefire.calibrate.CalibrationFile} reads and checks a calibration file into a
 * {@link ceasefire.calibrate.CalibrationSpec}; {@link ceasefire.calibrate.Simulator} runs a
 * candidate's replications on common seeds; {@link ceasefire.calibrate.Fit} holds the distances;
 * {@link ceasefire.calibrate.Calibration} searches (CMA-ES, Nelder-Mead or
 * {@link ceasefire.calibrate.AbcSmc}) and writes the results, report.html among them
 * ({@code CalibrationReport}).
 *
 * <pre>{@code
 * CalibrationSpec spec = CalibrationFile.load(Path.of("scenarios/calibration/kashmir-loc.yaml"), null);
 * try (OutputFolder folder = CalibrationDirectory.open(Path.of("runs/fit"), Path.of("runs"), spec, false, false)) {
 *     Calibration.Result r = new Calibration(spec, folder.dir(), 2, listener).run();
 * }
 * }</pre>
 */
package ceasefire.calibrate;
