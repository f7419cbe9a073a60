package ceasefire.agents;

/** Where the agents' counts of talks, withdrawal demands and withdrawals go (the day's record, the run's totals). */
public interface Tallies {

    /** Talks were held; {@code success} whether they ended in an agreement. */
    void countTalks(boolean success);

    /** The peacekeepers demanded {@code n} withdrawals. */
    void countDemands(int n);

    /** A side's units answered demands today: {@code withdrawals} complied, {@code refusals} refused. */
    void countWithdrawals(int withdrawals, int refusals);
}
