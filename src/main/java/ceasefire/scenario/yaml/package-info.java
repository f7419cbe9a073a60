/**
 * The YAML layer: the only code that touches the YAML parser (SnakeYAML), behind an API that
 * shows none of its types. {@link ceasefire.scenario.yaml.YamlText} reads a file or text safely
 * and within the input limits into {@link ceasefire.scenario.yaml.YamlNode}s (values with their
 * lines); a {@link ceasefire.scenario.yaml.TreeReader} walks them one
 * {@link ceasefire.scenario.yaml.Section} at a time, with typed getters that check each value,
 * apply overrides by path and collect every problem as {@code file:line: key: message};
 * {@link ceasefire.scenario.yaml.YamlEdit} rewrites values in place (a fitted scenario).
 *
 * <p>The scenario loader ({@code ceasefire.scenario}) is its main user. Other packages read
 * their own YAML (and JSON, which is YAML) files through this same API, so their messages take
 * the same form: {@code sweep} its sweep files, manifest.json and shard.json, {@code calibrate}
 * its calibration files, {@code output} an output folder's record, {@code facts} the
 * recommitment days of a run's scenario. None of them imports the parser (ArchitectureTest
 * checks).</p>
 *
 * <pre>{@code
 * TreeReader r = new TreeReader("sweep.yaml", Overrides.none());
 * Section top = r.root(YamlText.parseFile(Path.of("sweep.yaml"), "sweep.yaml"));
 * int replications = top.integer("replications", 1, 1, 1000);
 * top.done();                       // unknown keys, with the nearest valid one
 * List<Problem> problems = r.problems();
 * }</pre>
 */
package ceasefire.scenario.yaml;
