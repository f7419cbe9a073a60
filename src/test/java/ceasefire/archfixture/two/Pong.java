package ceasefire.archfixture.two;

import ceasefire.archfixture.one.Ping;

/** Fixture for ArchitectureTest: the other half of a cycle between two packages. */
public final class Pong {

    public Ping serve() {
        return new Ping();
    }
}
