package ceasefire.agents;

import ceasefire.events.NarrativeEntry;
import ceasefire.events.NarrativeKind;

/** Where the agents' statements and acts worth telling go: the run's narrative. */
public interface Statements {

    /** Adds a narrative entry about {@code actor}. */
    void narrate(String actor, NarrativeKind kind, String detail);

    /** Adds a narrative entry with its facts (who it is about, where, how many). */
    void narrate(String actor, NarrativeKind kind, String detail, NarrativeEntry.Facts facts);
}
