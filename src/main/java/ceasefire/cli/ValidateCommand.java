package ceasefire.cli;

import ceasefire.scenario.Scenario;
import ceasefire.scenario.ScenarioDocument;
import ceasefire.scenario.ScenarioException;
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
        description = "Check scenario files without running them; print every problem found (exit code 2 if any).")
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files (YAML).")
    List<Path> files;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int bad = 0;
        for (Path file : files) {
            try {
                Scenario s = ScenarioDocument.load(file).bind();
                out.printf(Locale.ROOT, "ok  %s: \"%s\", %dx%d map, %d units (%s %d, %s %d), %d peacekeepers, %d timeline events%n", file, s.name(),
                        s.geography().width(), s.geography().height(), s.a().unitCount() + s.b().unitCount(), s.a().name(),
                        s.a().unitCount(), s.b().name(), s.b().unitCount(), s.peacekeepers().troops(), s.timeline().size());
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
