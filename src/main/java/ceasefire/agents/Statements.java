package ceasefire.agents;

import ceasefire.events.NarrativeEvent;

/** Where the agents' statements and acts worth telling go: the run's narrative, as typed events. */
public interface Statements {

    /** Adds a narrative entry, dated today. */
    void narrate(NarrativeEvent event);
}
