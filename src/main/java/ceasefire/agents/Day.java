package ceasefire.agents;

import ceasefire.scenario.Geography;
import ceasefire.scenario.Scenario;
import ec.util.MersenneTwisterFast;

/**
 * What every agent may read of the run: the day, the parameters in force, the map, and the run's
 * one random stream. The model implements it; agents
 * never see the model itself.
 */
public interface Day {

    /** The current day (0-based). */
    int day();

    /** The parameters in force today (they change when the timeline says so). */
    Scenario parameters();

    Geography geography();

    /** The run's random stream, seeded with the run's seed: the only source of chance. */
    MersenneTwisterFast random();
}
