/**
 * What happens in a run, as records: {@link ceasefire.events.Incident} (an act that broke a rule
 * in force, a row of {@code incidents.csv}) and {@link ceasefire.events.NarrativeEntry} (a line of
 * the narrative: the day and a {@link ceasefire.events.NarrativeEvent}, what was said or done as
 * data, of a {@link ceasefire.events.NarrativeKind}; {@code output.NarrativeEnglish} writes it as a
 * sentence). The agents and the model produce them; observers (run directories, the GUI,
 * sweeps, tests) read them. They sit below both the agents and the model so that neither has to
 * import the other to speak of what happened.
 */
package ceasefire.events;
