package ceasefire.model;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Lets Commons Math distributions draw from the run's single stream
 * ({@code SimState.random}), so a run stays reproducible from its seed. Reseeding through this
 * adapter is refused: the stream belongs to the model.
 */
public final class RandomAdapter implements RandomGenerator {

    private final MersenneTwisterFast random;

    public RandomAdapter(MersenneTwisterFast random) {
        this.random = random;
    }

    @Override
    public void setSeed(int seed) {
        throw new UnsupportedOperationException("the run's random stream is seeded by the model only");
    }

    @Override
    public void setSeed(int[] seed) {
        throw new UnsupportedOperationException("the run's random stream is seeded by the model only");
    }

    @Override
    public void setSeed(long seed) {
        throw new UnsupportedOperationException("the run's random stream is seeded by the model only");
    }

    @Override
    public void nextBytes(byte[] bytes) {
        random.nextBytes(bytes);
    }

    @Override
    public int nextInt() {
        return random.nextInt();
    }

    @Override
    public int nextInt(int n) {
        return random.nextInt(n);
    }

    @Override
    public long nextLong() {
        return random.nextLong();
    }

    @Override
    public boolean nextBoolean() {
        return random.nextBoolean();
    }

    @Override
    public float nextFloat() {
        return random.nextFloat();
    }

    @Override
    public double nextDouble() {
        return random.nextDouble();
    }

    @Override
    public double nextGaussian() {
        return random.nextGaussian();
    }
}
