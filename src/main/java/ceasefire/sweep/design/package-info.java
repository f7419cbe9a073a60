/**
 * What a sweep runs: {@link ceasefire.sweep.design.SweepFile} reads and checks a sweep file into a
 * {@link ceasefire.sweep.design.SweepSpec} (the parameters and their {@link ceasefire.sweep.design.ValueSet}s,
 * the {@link ceasefire.sweep.design.Design}, replications, metrics); {@link ceasefire.sweep.design.SweepPlan}
 * lays out its design points and runs, each with its seed from {@link ceasefire.sweep.design.Seeds};
 * {@link ceasefire.sweep.design.Sweep} holds it all with the base scenario and the inputs' hashes.
 * Nothing here runs the model.
 */
package ceasefire.sweep.design;
