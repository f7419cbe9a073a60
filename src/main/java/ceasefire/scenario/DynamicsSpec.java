package ceasefire.scenario;

/**
 * Constants of the model's equations (see docs/MODEL.md, where each is derived and sourced), each
 * held to its declaration in {@link ParameterRegistry} ({@code dynamics.*}).
 *
 * @param reaction          Richardson's reaction coefficient k: hostility gained per day at full
 *                          perceived pressure from the other side's violations
 * @param fatigue           Richardson's fatigue coefficient a: share of hostility lost per day
 * @param grievanceRate     Richardson's grievance term g: hostility gained per day per unit of grievance
 * @param perceptionScale   perceived severity per day at which pressure reaches 1 - 1/e
 * @param opportunity       chance per day that a unit within reach of the enemy has an opportunity
 *                          to break the ceasefire (scales all violation rates)
 * @param provocationMemory share of a unit's provocation kept from one day to the next
 * @param casualtyWeight    severity added per casualty when hostility and escalation weigh incidents
 * @param retaliationRadius cells around a hit within which a retaliation order reaches units
 * @param talksRelief       share of hostility that fully effective successful talks remove
 * @param rebukePressure    rebuke pressure added to a publicly rebuked side (a brake on its violations,
 *                          decaying with the commitment half-life), up to {@code rebukePressureCap}
 * @param rebukeResentment  hostility the rebuked side gains from a public rebuke
 * @param rebukeTrustCost   trust in the mediator the rebuked side loses
 * @param propaganda        chance per day, at full hostility, of an unfounded public accusation
 * @param rebukePressureCap the most rebuke pressure a side can carry, however often it is rebuked
 * @param patrolRate        chance per day that an idle unit out of the enemy's reach moves one cell
 * @param droneProvocation  provocation at or above which a drone team strikes on its own
 * @param perceptionRadius  cells within which a side's unit perceives an incident nobody reported to it
 * @param contagion         self-excitation (Hawkes-like): chance of fire per day that an exchange of fire adds
 *                          for units within {@code contagionRadius} of either of its ends (before restraint)
 * @param contagionDays     mean lifetime of that excitation, in days (it decays as {@code exp(-t / days)})
 * @param contagionRadius   cells (steps) around each end of an exchange that it excites
 * @param contagionCap      the most chance of fire per day that excitation can add
 * @param violationsPerExchange mean number of violations the sides count in one exchange of fire
 *                          (an incident of small-arms or artillery fire), at least 1
 * @param bombardment       chance that a command whose units suffered casualties from fire orders a
 *                          bombardment of the firing position some days later (at full hostility)
 * @param bombardmentDelay  mean days between the provocation and the ordered bombardment
 * @param truceErosion      share of a hold-fire order that a day of full perceived pressure erodes,
 *                          where nothing verifies the other side's violations
 */
public record DynamicsSpec(double reaction, double fatigue, double grievanceRate, double perceptionScale,
                           double opportunity, double provocationMemory, double casualtyWeight,
                           int retaliationRadius, double talksRelief, double rebukePressure,
                           double rebukeResentment, double rebukeTrustCost, double propaganda,
                           double rebukePressureCap, double patrolRate, double droneProvocation, int perceptionRadius,
                           double contagion, double contagionDays, int contagionRadius, double contagionCap,
                           double violationsPerExchange, double bombardment, double bombardmentDelay, double truceErosion) {

    public DynamicsSpec {
        Checks.declared("dynamics.reaction", reaction);
        Checks.declared("dynamics.fatigue", fatigue);
        Checks.declared("dynamics.grievance_rate", grievanceRate);
        Checks.declared("dynamics.perception_scale", perceptionScale);
        Checks.declared("dynamics.opportunity", opportunity);
        Checks.declared("dynamics.provocation_memory", provocationMemory);
        Checks.declared("dynamics.casualty_weight", casualtyWeight);
        Checks.declared("dynamics.retaliation_radius", retaliationRadius);
        Checks.declared("dynamics.talks_relief", talksRelief);
        Checks.declared("dynamics.rebuke_pressure", rebukePressure);
        Checks.declared("dynamics.rebuke_resentment", rebukeResentment);
        Checks.declared("dynamics.rebuke_trust_cost", rebukeTrustCost);
        Checks.declared("dynamics.propaganda", propaganda);
        Checks.declared("dynamics.rebuke_pressure_cap", rebukePressureCap);
        Checks.declared("dynamics.patrol_rate", patrolRate);
        Checks.declared("dynamics.drone_provocation", droneProvocation);
        Checks.declared("dynamics.perception_radius", perceptionRadius);
        Checks.declared("dynamics.contagion", contagion);
        Checks.declared("dynamics.contagion_days", contagionDays);
        Checks.declared("dynamics.contagion_radius", contagionRadius);
        Checks.declared("dynamics.contagion_cap", contagionCap);
        Checks.declared("dynamics.violations_per_exchange", violationsPerExchange);
        Checks.declared("dynamics.bombardment", bombardment);
        Checks.declared("dynamics.bombardment_delay", bombardmentDelay);
        Checks.declared("dynamics.truce_erosion", truceErosion);
    }
}
