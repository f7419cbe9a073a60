package ceasefire.sweep.design;

/**
 * Each run's seed, derived from the sweep's base seed and the run's index by a keyed bijection
 * on [0, 2^31 - 1]: a 4-round Feistel network on 32 bits, cycle-walked into 31 bits.
 *
 * <p>Why a bijection and not a hash: a hash of (base seed, index) into 31 bits collides by the
 * birthday bound (a 50% chance at about 55,000 runs), which silently gives two runs of a sweep the
 * same random stream. A permutation of the indices cannot collide. Why 31 bits: scenarios accept
 * seeds in [0, 2147483647], and MASON would truncate larger ones anyway. The Feistel rounds
 * scramble the bits, so consecutive runs get unrelated-looking seeds rather than an arithmetic
 * progression.</p>
 */
public final class Seeds {

    /** Largest seed (and largest run count) the bijection covers. */
    public static final long MAX = Integer.MAX_VALUE;

    /** How the manifest and docs describe the rule. */
    public static final String RULE = "seed of run i = F(i), F a 4-round Feistel permutation of [0, 2^31-1] keyed by the base seed "
            + "(docs/SWEEPS.md): different for every run, the same on every machine and for any --threads";

    /** The rule of {@code seeds: common} sweeps. */
    public static final String RULE_COMMON = "common seeds: seed of run i = F(i mod R), F a 4-round Feistel permutation of [0, 2^31-1] "
            + "keyed by the base seed, R the replications (docs/SWEEPS.md): replication r has the same seed at every design point";

    private final int[] keys = new int[4];
    private final long base;

    public Seeds(long baseSeed) {
        if (baseSeed < 0 || baseSeed > MAX) {
            throw new IllegalArgumentException("base seed must be in [0, " + MAX + "], was " + baseSeed);
        }
        this.base = baseSeed;
        long state = baseSeed;
        for (int i = 0; i < keys.length; i++) {
            state += 0x9E3779B97F4A7C15L;
            keys[i] = (int) (mix64(state) >>> 32);
        }
    }

    public long base() {
        return base;
    }

    /** The seed of run {@code index}, in [0, 2^31 - 1]. */
    public long seed(long index) {
        if (index < 0 || index > MAX) {
            throw new IllegalArgumentException("run index must be in [0, " + MAX + "], was " + index);
        }
        int x = (int) index;
        // Cycle-walking: the Feistel network permutes all 2^32 values; re-applying it until the
        // result falls in [0, 2^31) permutes [0, 2^31) (expected 2 rounds of walking).
        do {
            x = permute(x);
        } while (x < 0);
        return x;
    }

    private int permute(int x) {
        int left = x >>> 16;
        int right = x & 0xFFFF;
        for (int key : keys) {
            int next = left ^ (round(right, key) & 0xFFFF);
            left = right;
            right = next;
        }
        return (left << 16) | right;
    }

    private static int round(int half, int key) {
        int h = half * 0x9E3779B1 ^ key;
        h ^= h >>> 15;
        h *= 0x85EBCA77;
        h ^= h >>> 13;
        h *= 0xC2B2AE3D;
        return h ^ (h >>> 16);
    }

    /** SplitMix64's finaliser (Steele, Lea and Flood 2014). */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
