package ceasefire.sweep.running;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shard {@code index} of {@code count}: the runs {@code i} with {@code i mod count == index}.
 * Runs are dealt round-robin, so a shard that dies early leaves gaps spread over every design
 * point rather than whole points missing. Indices start at 0, as Slurm's array task ids
 * ({@code --array=0-3}) and Kubernetes' completion indices do.
 */
public record Shard(int index, int count) {

    /** Most shards a sweep can be split into. */
    public static final int MAX = 100_000;
    private static final Pattern TEXT = Pattern.compile("(\\d{1,9})/(\\d{1,9})");
    private static final Pattern DIR = Pattern.compile("(\\d{1,9})-of-(\\d{1,9})");

    public Shard {
        if (count < 1 || count > MAX) {
            throw new IllegalArgumentException("the number of shards must be in [1, " + MAX + "], was " + count);
        }
        if (index < 0 || index >= count) {
            throw new IllegalArgumentException("shard " + index + " of " + count + " does not exist: shards are numbered 0 to " + (count - 1));
        }
    }

    /** {@code K/N}; throws IllegalArgumentException with a message a user can act on. */
    public static Shard parse(String text) {
        Matcher m = TEXT.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not K/N (shard K of N, K from 0 to N-1, e.g. 0/4)");
        }
        return new Shard(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** A shard directory's name, {@code K-of-N}, as a shard; null for any other name. */
    public static Shard ofDirectory(String name) {
        Matcher m = DIR.matcher(name);
        if (!m.matches()) {
            return null;
        }
        try {
            return new Shard(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The shard a scheduler's environment names, or null when it names none: Slurm's
     * {@code SLURM_ARRAY_TASK_ID} with {@code shards} or else {@code SLURM_ARRAY_TASK_COUNT},
     * or Kubernetes' {@code JOB_COMPLETION_INDEX} with {@code shards}.
     *
     * @param shards {@code --shards N}, or null
     * @throws IllegalArgumentException when the environment and options do not make a shard
     */
    public static Shard fromEnvironment(Map<String, String> env, Integer shards) {
        String slurm = env.get("SLURM_ARRAY_TASK_ID");
        String k8s = env.get("JOB_COMPLETION_INDEX");
        String id = slurm != null ? slurm : k8s;
        if (id == null) {
            return null;
        }
        String from = slurm != null ? "SLURM_ARRAY_TASK_ID" : "JOB_COMPLETION_INDEX";
        int index = number(id, from);
        int count;
        if (shards != null) {
            count = shards;
        } else if (slurm != null && env.get("SLURM_ARRAY_TASK_COUNT") != null) {
            count = number(env.get("SLURM_ARRAY_TASK_COUNT"), "SLURM_ARRAY_TASK_COUNT");
        } else {
            throw new IllegalArgumentException(from + " is set (" + id + ") but the number of shards is not: give --shards N");
        }
        if (index >= count) {
            throw new IllegalArgumentException(from + " is " + index + " but there are " + count + " shards (0 to " + (count - 1)
                    + "): number the array from 0 (e.g. --array=0-" + (count - 1) + ")" + (shards == null
                    ? ", or give --shards N when resubmitting only some tasks" : ""));
        }
        return new Shard(index, count);
    }

    private static int number(String text, String name) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " is '" + text + "', not a whole number");
        }
    }

    public boolean owns(int run) {
        return run % count == index;
    }

    /** Runs of a sweep of {@code runs} runs that fall to this shard. */
    public int runsOf(int runs) {
        return runs / count + (index < runs % count ? 1 : 0);
    }

    public String directoryName() {
        return index + "-of-" + count;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
