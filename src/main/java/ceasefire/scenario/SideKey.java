package ceasefire.scenario;

/** Which of the two militaries: {@code A} or {@code B}, as keyed under {@code sides:}. */
public enum SideKey {
    A, B;

    public SideKey other() {
        return this == A ? B : A;
    }

    public int index() {
        return ordinal();
    }
}
