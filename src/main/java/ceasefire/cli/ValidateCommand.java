package ceasefire.cli;

import ceasefire.scenario.Scenario;
import ceasefire.scenario.ScenarioDocument;
import ceasefire.scenario.ScenarioException;
import ceasefire.sweep.design.Sweep;
import ceasefire.sweep.design.SweepFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code ceasefire validate}: check scenario files without running them. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check scenario, sweep and calibration files without running them; print every problem found (exit code 2 if any).")
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario, sweep or calibration files (YAML).")
    List<Path> files;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int bad = 0;
        for (Path file : files) {
            if (ceasefire.calibrate.CalibrationFile.isCalibration(file)) {
                // A calibration file (its top level has 'observed'): checked whole, series and all, nothing run.
                try {
                    ceasefire.calibrate.CalibrationSpec c = ceasefire.calibrate.CalibrationFile.load(file, null);
                    out.printf(Locale.ROOT, "ok  %s: calibration '%s' of %s to %s (%d %s periods), fits %s by %s%n", file, c.name(),
                            c.scenarioFile(), c.observed().file(), c.observed().size(), c.observed().period().yamlName(),
                            String.join(", ", c.parameters().stream().map(ceasefire.calibrate.CalibrationSpec.FitParameter::path).toList()),
                            c.method().id());
                } catch (ScenarioException e) {
                    bad++;
                    Problems.report(err, e);
                }
                continue;
            }
            if (SweepFile.isSweep(file)) {
                // A sweep file (detected by its top-level keys: scenario, vary, design, ...):
                // checked as a sweep, which includes binding every design point.
                try {
                    Sweep sweep = SweepFile.load(file);
                    out.printf(Locale.ROOT, "ok  %s: sweep '%s' of %s: %s, %d design point%s x %d replication%s = %d run%s; varies %s%n", file,
                            sweep.spec().name(), sweep.spec().scenarioFile(), sweep.spec().design().yamlName(), sweep.plan().points(),
                            sweep.plan().points() == 1 ? "" : "s", sweep.plan().replications(), sweep.plan().replications() == 1 ? "" : "s",
                            sweep.plan().runs(), sweep.plan().runs() == 1 ? "" : "s", sweep.spec().parameters().isEmpty() ? "nothing" : String.join(", ", sweep.spec().parameterPaths()));
                } catch (ScenarioException e) {
                    bad++;
                    Problems.report(err, e);
                }
                continue;
            }
            try {
                Scenario s = ScenarioDocument.load(file).bind();
                int observers = s.peacekeepers().observers();
                out.printf(Locale.ROOT, "ok  %s: \"%s\", %dx%d map, %d units (%s %d, %s %d), %d peacekeepers%s, %d timeline events%n", file,
                        s.name(), s.geography().width(), s.geography().height(), s.a().unitCount() + s.b().unitCount(), s.a().name(),
                        s.a().unitCount(), s.b().name(), s.b().unitCount(), s.peacekeepers().troops(),
                        observers > 0 ? " and " + observers + " unarmed observers" : "", s.timeline().size());
            } catch (ScenarioException e) {
                bad++;
                Problems.report(err, e);
            }
        }
        out.flush();
        if (bad > 0) {
            err.println(bad + " of " + files.size() + " file" + (files.size() == 1 ? "" : "s") + " had problems.");
            err.flush();
            return Main.BAD_INPUT;
        }
        return 0;
    }
}
