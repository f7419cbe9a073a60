package ceasefire.sweep.design;

/** Test-only access to {@link Sweep}'s package-private constructor, for tests outside design/. */
public final class TestSweeps {

    private TestSweeps() {
    }

    /** The same sweep with another base seed. */
    public static Sweep reseed(Sweep s, long seed) {
        SweepSpec o = s.spec();
        SweepSpec spec = new SweepSpec(o.name(), o.description(), o.file(), o.label(), o.scenarioFile(), o.fixed(), o.parameters(), o.design(),
                o.samples(), o.replications(), seed, o.metrics(), o.commonSeeds());
        return new Sweep(spec, s.document(), s.base(), new SweepPlan(spec), s.sweepHash(), s.scenarioHash(), null);
    }
}
