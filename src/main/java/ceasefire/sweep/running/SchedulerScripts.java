package ceasefire.sweep.running;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The batch files of {@code sweep FILE --emit slurm|kubernetes}: the shards as a Slurm job array
 * (or a Kubernetes Indexed Job) and a merge job that runs once every shard succeeded. Pure text;
 * the command line writes the files. See docs/SWEEPS.md, "Sweeps on a cluster".
 *
 * @param program   how to start ceasefire on the nodes, e.g. {@code java -jar /home/me/ceasefire/target/ceasefire.jar}
 * @param workDir   the directory the jobs start in (where relative paths were given)
 * @param sweepFile the sweep file, absolute
 * @param dir       the sweep directory, absolute
 * @param extra     options every shard repeats ({@code --replications}, {@code --samples}, {@code --common-seeds}, {@code --keep-runs})
 * @param throttle  most array tasks running at once (Slurm's {@code %}; Kubernetes' parallelism), or null for all
 * @param partition Slurm partition, or null for the cluster's default
 * @param time      Slurm time limit per task ({@code --time}), or null for the partition's default
 * @param image     Kubernetes container image holding ceasefire
 */
public record SchedulerScripts(String name, String program, Path workDir, Path sweepFile, Path dir, int shards, int cpus, List<String> extra,
                               Integer throttle, String partition, String time, String image) {

    public SchedulerScripts {
        extra = List.copyOf(extra);
        if (shards < 1 || shards > Shard.MAX) {
            throw new IllegalArgumentException("shards must be in [1, " + Shard.MAX + "]");
        }
        if (cpus < 1) {
            throw new IllegalArgumentException("cpus must be >= 1");
        }
    }

    /** Files to write, relative to the sweep directory, with their text. */
    public record File(String path, String text, boolean executable) {
    }

    public List<File> slurm() {
        String logs = dir.resolve("slurm").resolve("logs").toString();
        StringBuilder shardsScript = new StringBuilder();
        shardsScript.append("#!/bin/bash\n")
                .append("# The shards of sweep '").append(name).append("' as a Slurm job array, written by 'ceasefire sweep --emit slurm'.\n")
                .append("# Task K runs the runs i with i mod ").append(shards).append(" = K into ").append(dir).append("/shards/K-of-")
                .append(shards).append("/;\n")
                .append("# run again (sbatch --array=K this file), a task continues where it stopped. See docs/SWEEPS.md.\n")
                .append("#SBATCH --job-name=").append(jobName()).append('\n')
                .append("#SBATCH --array=0-").append(shards - 1).append(throttle == null ? "" : "%" + throttle).append('\n')
                .append("#SBATCH --ntasks=1\n")
                .append("#SBATCH --cpus-per-task=").append(cpus).append('\n');
        directives(shardsScript);
        shardsScript.append("#SBATCH --output=").append(logs).append("/shard-%a.out\n")
                .append("set -euo pipefail\n")
                .append("cd ").append(quote(workDir.toString())).append('\n')
                .append("exec ").append(program).append(" sweep ").append(quote(sweepFile.toString())).append(" --out ").append(quote(dir.toString()))
                .append(" --shard \"${SLURM_ARRAY_TASK_ID}/").append(shards).append("\" --threads ").append(cpus).append(options())
                .append(" --quiet\n");
        StringBuilder merge = new StringBuilder();
        merge.append("#!/bin/bash\n")
                .append("# Merges the shards of sweep '").append(name).append("' into runs.csv, summary.csv, trajectories.csv, charts and\n")
                .append("# manifest.json, the same files a single-machine sweep writes. submit.sh makes it wait for the array (afterok).\n")
                .append("#SBATCH --job-name=").append(jobName()).append("-merge\n")
                .append("#SBATCH --ntasks=1\n")
                .append("#SBATCH --cpus-per-task=").append(cpus).append('\n');
        directives(merge);
        merge.append("#SBATCH --output=").append(logs).append("/merge.out\n")
                .append("set -euo pipefail\n")
                .append("cd ").append(quote(workDir.toString())).append('\n')
                .append("exec ").append(program).append(" sweep merge ").append(quote(dir.toString())).append(" --threads ").append(cpus)
                .append(" --quiet\n");
        String submit = "#!/bin/bash\n"
                + "# Submits the shards as a job array and the merge as a job that runs only if every task succeeded.\n"
                + "# Options go to the array's sbatch: 'submit.sh --array=2,5' resubmits only tasks 2 and 5 (and a new merge).\n"
                + "set -euo pipefail\n"
                + "here=\"$(cd \"$(dirname \"${BASH_SOURCE[0]}\")\" && pwd)\"\n"
                + "mkdir -p " + quote(logs) + "\n"
                + "array=$(sbatch --parsable \"$@\" \"$here/shards.sbatch\")\n"
                + "array=${array%%;*}\n"
                + "merge=$(sbatch --parsable --dependency=afterok:\"$array\" --kill-on-invalid-dep=yes \"$here/merge.sbatch\")\n"
                + "merge=${merge%%;*}\n"
                + "echo \"shards: job array $array; merge: job $merge (starts when every task of $array succeeded)\"\n"
                + "echo \"$array $merge\" > \"$here/jobs\"\n";
        return List.of(new File("slurm/shards.sbatch", shardsScript.toString(), true), new File("slurm/merge.sbatch", merge.toString(), true),
                new File("slurm/submit.sh", submit, true));
    }

    public List<File> kubernetes() {
        String job = dnsName(jobName());
        List<String> shardCommand = new ArrayList<>(List.of("ceasefire", "sweep", sweepFile.toString(), "--out", dir.toString(), "--shards",
                Integer.toString(shards), "--threads", Integer.toString(cpus)));
        shardCommand.addAll(extra);
        shardCommand.add("--quiet");
        String shardsYaml = "# The shards of sweep '" + name + "' as a Kubernetes Indexed Job, written by 'ceasefire sweep --emit kubernetes'.\n"
                + "# Pod K (JOB_COMPLETION_INDEX) runs shard K of " + shards + ". The image must hold ceasefire on its PATH, and the\n"
                + "# volume claim 'ceasefire-data' the sweep file, the scenario and the sweep directory at the same paths as\n"
                + "# here (it is mounted at " + workDir + "). See docs/SWEEPS.md.\n"
                + "apiVersion: batch/v1\n"
                + "kind: Job\n"
                + "metadata:\n"
                + "  name: " + job + "-shards\n"
                + "spec:\n"
                + "  completionMode: Indexed\n"
                + "  completions: " + shards + "\n"
                + "  parallelism: " + (throttle == null ? shards : Math.min(throttle, shards)) + "\n"
                + "  backoffLimit: " + (2 * shards) + "\n"
                + "  template:\n"
                + "    spec:\n"
                + "      restartPolicy: OnFailure\n"
                + pod("shard", shardCommand);
        String mergeYaml = "# Merges the shards of sweep '" + name + "'; submit.sh applies it once the shards' Job is complete.\n"
                + "apiVersion: batch/v1\n"
                + "kind: Job\n"
                + "metadata:\n"
                + "  name: " + job + "-merge\n"
                + "spec:\n"
                + "  backoffLimit: 1\n"
                + "  template:\n"
                + "    spec:\n"
                + "      restartPolicy: Never\n"
                + pod("merge", List.of("ceasefire", "sweep", "merge", dir.toString(), "--threads", Integer.toString(cpus), "--quiet"));
        String submit = "#!/bin/bash\n"
                + "# Runs the shards' Indexed Job, waits until every index succeeded, then runs the merge Job.\n"
                + "set -euo pipefail\n"
                + "here=\"$(cd \"$(dirname \"${BASH_SOURCE[0]}\")\" && pwd)\"\n"
                + "kubectl apply -f \"$here/shards.yaml\"\n"
                + "kubectl wait --for=condition=complete --timeout=-1s job/" + job + "-shards\n"
                + "kubectl apply -f \"$here/merge.yaml\"\n"
                + "kubectl wait --for=condition=complete --timeout=-1s job/" + job + "-merge\n";
        return List.of(new File("kubernetes/shards.yaml", shardsYaml, false), new File("kubernetes/merge.yaml", mergeYaml, false),
                new File("kubernetes/submit.sh", submit, true));
    }

    /**
     * What the Kubernetes pods would not see: the manifests mount the volume claim at the working
     * directory only, so the sweep file, its scenario and the sweep directory must all lie under it.
     * One line per file outside it; empty when all are inside.
     */
    public List<String> outsideTheMount(Path scenarioFile) {
        Path mount = workDir.toAbsolutePath().normalize();
        List<String> outside = new ArrayList<>();
        String[] what = {"the sweep file", "its scenario", "the output folder"};
        Path[] paths = {sweepFile, scenarioFile, dir};
        for (int i = 0; i < paths.length; i++) {
            Path p = paths[i].toAbsolutePath().normalize();
            if (!p.startsWith(mount)) {
                outside.add(what[i] + " " + p + " is outside " + mount);
            }
        }
        return outside;
    }

    /** A Job template's container (one, running {@code command}) and the data volume, mounted at the working directory. */
    private String pod(String container, List<String> command) {
        return "      containers:\n"
                + "        - name: " + container + "\n"
                + "          image: " + yamlText(image) + "\n"
                + "          workingDir: " + yamlText(workDir.toString()) + "\n"
                + "          command: " + yamlList(command) + "\n"
                + "          resources:\n"
                + "            requests:\n"
                + "              cpu: \"" + cpus + "\"\n"
                + "          volumeMounts:\n"
                + "            - name: data\n"
                + "              mountPath: " + yamlText(workDir.toString()) + "\n"
                + "      volumes:\n"
                + "        - name: data\n"
                + "          persistentVolumeClaim:\n"
                + "            claimName: ceasefire-data\n";
    }

    private void directives(StringBuilder sb) {
        if (partition != null) {
            sb.append("#SBATCH --partition=").append(partition).append('\n');
        }
        if (time != null) {
            sb.append("#SBATCH --time=").append(time).append('\n');
        }
    }

    private String options() {
        StringBuilder sb = new StringBuilder();
        for (String e : extra) {
            sb.append(' ').append(quote(e));
        }
        return sb.toString();
    }

    private String jobName() {
        return "ceasefire-" + name.replaceAll("[^A-Za-z0-9_.-]", "-");
    }

    /** A Kubernetes object name: lower case letters, digits and '-', at most 52 characters (room for a suffix). */
    static String dnsName(String s) {
        String d = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-").replaceAll("-+", "-").replaceAll("^-|-$", "");
        d = d.length() > 52 ? d.substring(0, 52).replaceAll("-$", "") : d;
        return d.isEmpty() ? "ceasefire" : d;
    }

    /** Single-quoted for bash where needed. */
    public static String quote(String s) {
        return s.matches("[A-Za-z0-9_./=:@%+-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }

    private static String yamlText(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String yamlList(List<String> items) {
        return "[" + String.join(", ", items.stream().map(SchedulerScripts::yamlText).toList()) + "]";
    }
}
