package ceasefire.sweep.running;

import ceasefire.Version;
import ceasefire.output.AtomicFiles;
import ceasefire.output.Json;
import ceasefire.scenario.ParameterOverride;
import ceasefire.scenario.ScenarioException;
import ceasefire.scenario.yaml.Section;
import ceasefire.scenario.yaml.TreeReader;
import ceasefire.scenario.yaml.YamlText;
import ceasefire.sweep.design.Seeds;
import ceasefire.sweep.design.Sweep;
import ceasefire.sweep.design.SweepSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code manifest.json}: what a sweep directory holds and how it was made (sweep and scenario
 * files with their SHA-256, program version, design, base seed and seed rule, metrics, timing of
 * every session). Written when a sweep starts (status {@code running}) and again when it ends
 * ({@code complete}); {@code --resume} reads it to check it is continuing the same sweep, and
 * {@code compare} reads it to find a result's parameters and metrics.
 *
 * @param kind     {@code sweep} or {@code replications} ({@code run --replications})
 * @param sessions one entry per start or resume, oldest first
 * @param files    files the sweep wrote, relative to its directory
 * @param version  the program version that made it ({@code program.version})
 * @param seeds    the seed rule ({@link Seeds#RULE} or {@link Seeds#RULE_COMMON})
 */
public record Manifest(String kind, String status, String name, String sweepFile, String sweepSha256, String scenarioFile,
                       String scenarioSha256, Map<String, String> fixed, String design, int samples, List<String> parameters,
                       int points, int replications, int runs, long baseSeed, List<String> metrics, int runsOk, int runsFailed,
                       List<Session> sessions, List<String> files, String version, String seeds) {

    public static final String FILE = "manifest.json";
    public static final String RUNNING = "running";
    public static final String COMPLETE = "complete";

    /** One start or resume of the sweep. */
    public record Session(String started, String finished, int threads, int runs, int failed, double seconds, double modelSeconds) {

        /** As written in manifest.json and shard.json. */
        public Map<String, Object> toJson() {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("started", started);
            e.put("finished", finished);
            e.put("threads", threads);
            e.put("runs", runs);
            e.put("failed", failed);
            e.put("seconds", seconds);
            e.put("model_seconds", modelSeconds);
            return e;
        }

        /** Read back from {@link #toJson}'s form. */
        public static Session read(Section s) {
            return new Session(s.text("started", ""), s.text("finished", ""), s.integer("threads", 1, 0, Integer.MAX_VALUE),
                    s.integer("runs", 0, 0, Integer.MAX_VALUE), s.integer("failed", 0, 0, Integer.MAX_VALUE),
                    s.real("seconds", 0, 0, Double.MAX_VALUE), s.real("model_seconds", 0, 0, Double.MAX_VALUE));
        }
    }

    public Manifest {
        fixed = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fixed));
        parameters = List.copyOf(parameters);
        metrics = List.copyOf(metrics);
        sessions = List.copyOf(sessions);
        files = List.copyOf(files);
    }

    /** A new manifest for a sweep about to start. */
    public static Manifest starting(Sweep sweep) {
        SweepSpec spec = sweep.spec();
        Map<String, String> fixed = new LinkedHashMap<>();
        for (ParameterOverride o : spec.fixed()) {
            fixed.put(o.path(), o.valueText());
        }
        return new Manifest(sweep.isReplications() ? "replications" : "sweep", RUNNING, spec.name(),
                spec.file() == null ? null : spec.file().toString(), sweep.sweepHash(), spec.scenarioFile().toString(), sweep.scenarioHash(),
                fixed, spec.design().yamlName(), spec.samples(), spec.parameterPaths(), sweep.plan().points(), spec.replications(),
                sweep.plan().runs(), spec.seed(), spec.metrics(), 0, 0, List.of(), List.of(), Version.get(), sweep.plan().seedRule());
    }

    public Manifest with(String newStatus, int ok, int failed, List<Session> newSessions, List<String> newFiles) {
        return new Manifest(kind, newStatus, name, sweepFile, sweepSha256, scenarioFile, scenarioSha256, fixed, design, samples, parameters,
                points, replications, runs, baseSeed, metrics, ok, failed, newSessions, newFiles, version, seeds);
    }

    /** Seconds of all sessions together. */
    public double seconds() {
        return sessions.stream().mapToDouble(Session::seconds).sum();
    }

    public void write(Path dir) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", "ceasefire-sweep 1");
        Map<String, Object> program = new LinkedHashMap<>();
        program.put("name", "ceasefire");
        program.put("version", Version.get());
        m.put("program", program);
        m.put("kind", kind);
        m.put("status", status);
        m.put("name", name);
        m.put("sweep_file", sweepFile);
        m.put("sweep_sha256", sweepSha256);
        m.put("scenario_file", scenarioFile);
        m.put("scenario_sha256", scenarioSha256);
        m.put("fixed", fixed);
        m.put("design", design);
        m.put("samples", samples);
        m.put("parameters", parameters);
        m.put("points", points);
        m.put("replications", replications);
        m.put("runs", runs);
        m.put("base_seed", baseSeed);
        m.put("seeds", seeds);
        m.put("metrics", metrics);
        m.put("runs_ok", runsOk);
        m.put("runs_failed", runsFailed);
        m.put("seconds", seconds());
        List<Object> s = new ArrayList<>();
        for (Session session : sessions) {
            s.add(session.toJson());
        }
        m.put("sessions", s);
        m.put("java", System.getProperty("java.version"));
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("files", files);
        AtomicFiles.writeString(dir.resolve(FILE), Json.write(m));
    }

    /** Reads a manifest back (JSON is read as the YAML it also is). */
    public static Manifest read(Path dir) throws ScenarioException {
        Path file = dir.resolve(FILE);
        String label = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new ScenarioException(new ceasefire.scenario.Problem(label, 0, "", "not found: " + dir
                    + " is not the output of a sweep or of run --replications"));
        }
        TreeReader r = new TreeReader(label, ceasefire.scenario.Overrides.none());
        Section top = r.root(YamlText.parseFile(file, label));
        String kind = top.text("kind", "");
        String status = top.text("status", "");
        String name = top.text("name", "");
        String sweepFile = nullable(top, "sweep_file");
        String sweepSha = nullable(top, "sweep_sha256");
        String scenarioFile = top.text("scenario_file", "");
        String scenarioSha = top.text("scenario_sha256", "");
        Map<String, String> fixed = new LinkedHashMap<>();
        Section f = top.section("fixed");
        for (String key : f.keys()) {
            fixed.put(key, f.text(key, ""));
        }
        String design = top.text("design", "grid");
        int samples = top.integer("samples", 0, 0, Integer.MAX_VALUE);
        List<String> parameters = top.textList("parameters", List.of());
        int points = top.integer("points", 0, 0, Integer.MAX_VALUE);
        int replications = top.integer("replications", 1, 1, Integer.MAX_VALUE);
        int runs = top.integer("runs", 0, 0, Integer.MAX_VALUE);
        long baseSeed = top.longInteger("base_seed", 0);
        List<String> metrics = top.textList("metrics", List.of());
        int ok = top.integer("runs_ok", 0, 0, Integer.MAX_VALUE);
        int failed = top.integer("runs_failed", 0, 0, Integer.MAX_VALUE);
        List<Session> sessions = new ArrayList<>();
        for (Section s : top.sections("sessions")) {
            sessions.add(Session.read(s));
        }
        List<String> files = top.textList("files", List.of());
        String version = top.section("program").text("version", "");
        String seeds = top.text("seeds", Seeds.RULE);
        if (r.hasProblems()) {
            throw new ScenarioException(r.problems());
        }
        return new Manifest(kind, status, name, sweepFile, sweepSha, scenarioFile, scenarioSha, fixed, design, samples, parameters, points,
                replications, runs, baseSeed, metrics, ok, failed, sessions, files, version, seeds);
    }

    private static String nullable(Section s, String key) {
        ceasefire.scenario.yaml.YamlNode n = s.rawNode(key);
        if (n != null && n.isScalar() && !n.isNull()) {
            return n.text();
        }
        return null;
    }
}
