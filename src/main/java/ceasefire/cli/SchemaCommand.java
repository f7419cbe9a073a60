package ceasefire.cli;

import ceasefire.output.AtomicFiles;
import ceasefire.output.Json;
import ceasefire.scenario.ScenarioSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ceasefire schema}: the JSON Schema of scenario files, generated from the parameter registry. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"Print the JSON Schema (draft-07) of scenario files, generated from the parameter registry, "
                + "or write it with --out. Editors that read YAML schemas (VS Code's YAML extension, for one) then complete keys, "
                + "explain them and flag mistakes as you type; see README, 'Editing scenarios'."})
public final class SchemaCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the schema to FILE (the repository keeps it at " + ScenarioSchema.PATH + ") instead of printing it.")
    Path out;

    @Option(names = "--force", description = "With --out: replace a FILE whose content differs.")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The schema's text, exactly as committed. */
    public static String text() {
        return Json.write(ScenarioSchema.build()) + "\n";
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String text = text();
        if (out == null) {
            stdout.print(text);
            stdout.flush();
            return 0;
        }
        if (Files.isDirectory(out)) {
            err.println(out + ": is a directory; give the file to write, e.g. " + out.resolve("scenario.schema.json"));
            err.flush();
            return Main.BAD_INPUT;
        }
        if (Files.isRegularFile(out)) {
            if (Files.readString(out).equals(text)) {
                stdout.println(out + ": already up to date");
                stdout.flush();
                return 0;
            }
            if (!force) {
                err.println(out + ": exists and differs from the schema; add --force to replace it");
                err.flush();
                return Main.BAD_INPUT;
            }
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        AtomicFiles.writeString(out, text);
        stdout.println("wrote " + out);
        stdout.flush();
        return 0;
    }
}
