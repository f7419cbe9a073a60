package ceasefire.events;

/** Kinds of entry in the run's narrative ({@code narrative.csv}). */
public enum NarrativeKind {
    EVENT("event"),
    ORDER("order"),
    ACCUSATION("accusation"),
    DENIAL("denial"),
    ACKNOWLEDGEMENT("acknowledgement"),
    COUNTER_DEMAND("counter_demand"),
    RETALIATION("retaliation"),
    WITHDRAWAL_DEMAND("withdrawal_demand"),
    WITHDRAWAL("withdrawal"),
    REFUSAL("refusal"),
    REPORT("report"),
    REBUKE("rebuke"),
    TALKS("talks"),
    TALKS_FAILED("talks_failed"),
    /** Both sides' public recommitment a timeline event scripts (readers such as {@code facts} find it by this kind, not by its words). */
    RECOMMITMENT("recommitment"),
    LEVEL("level"),
    COLLAPSE("collapse");

    private final String id;

    NarrativeKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
