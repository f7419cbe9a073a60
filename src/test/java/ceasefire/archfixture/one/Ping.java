package ceasefire.archfixture.one;

import ceasefire.archfixture.two.Pong;

/** Fixture for ArchitectureTest: a package that imports another which imports it back. */
public final class Ping {

    public Pong answer() {
        return new Pong();
    }
}
