package ceasefire.scenario;

import java.util.Objects;

/**
 * The mediator (guarantor of the ceasefire). Each value is held to its declaration in
 * {@link ParameterRegistry} ({@code mediator.*}).
 *
 * @param attention       chance per day that the mediator is paying attention (available)
 * @param effectiveness   how much successful talks achieve, and how likely they succeed
 * @param impartiality    how even-handed both sides find it: each side's trust in the mediator
 *                        starts here (and moves with it when a timeline event changes it)
 * @param talksThreshold  escalation index at or above which it convenes talks
 * @param talksCooldown   days between rounds of talks
 * @param publicRebuke    whether it publicly rebukes a side for a verified violation
 * @param rebukeThreshold smallest incident severity it rebukes publicly
 * @param commitmentDays  half-life, in days, of the commitment that successful talks renew
 * @param rebukeCooldown  days after a public rebuke of a side before it rebukes that side again
 * @param reportMemory    days a verified report stays on its desk (and a side remembers what it acknowledged)
 * @param holdDays        expected duration (half-life, in days) of the hold-fire order agreed at
 *                        successful talks, before violations erode it
 * @param hotline         chance that a hotline between the sides' commands stops a local incident
 *                        from spreading while a hold-fire order agreed at talks stands
 */
public record MediatorSpec(String name, double attention, double effectiveness, double impartiality,
                           double talksThreshold, int talksCooldown, boolean publicRebuke,
                           double rebukeThreshold, int commitmentDays, int rebukeCooldown, int reportMemory,
                           double holdDays, double hotline) {

    public MediatorSpec {
        Objects.requireNonNull(name, "name");
        Checks.declared("mediator.attention", attention);
        Checks.declared("mediator.effectiveness", effectiveness);
        Checks.declared("mediator.impartiality", impartiality);
        Checks.declared("mediator.talks_threshold", talksThreshold);
        Checks.declared("mediator.talks_cooldown", talksCooldown);
        Checks.declared("mediator.rebuke_threshold", rebukeThreshold);
        Checks.declared("mediator.commitment_days", commitmentDays);
        Checks.declared("mediator.rebuke_cooldown", rebukeCooldown);
        Checks.declared("mediator.report_memory", reportMemory);
        Checks.declared("mediator.hold_days", holdDays);
        Checks.declared("mediator.hotline", hotline);
    }
}
