package ceasefire.gui;

import ceasefire.agents.PeacekeepingContingent;
import ceasefire.model.ConflictModel;

/**
 * The peacekeeping contingent as MASON's inspector shows it: its state in words and numbers,
 * read from the running model each time the inspector refreshes.
 */
public final class ContingentView {

    private final ConflictModel model;

    ContingentView(ConflictModel model) {
        this.model = model;
    }

    private PeacekeepingContingent pk() {
        return model.peacekeepers();
    }

    public String getName() {
        return pk().name();
    }

    public int getTroops() {
        return pk().troops();
    }

    public int getObservationPosts() {
        return pk().posts().size();
    }

    public int getPatrols() {
        return pk().patrolCount();
    }

    public String getMandate() {
        return model.parameters().peacekeepers().mandate().yamlName();
    }

    public int getSensorRadius() {
        return pk().sensorRadius();
    }

    public double getCredibility() {
        return pk().credibility();
    }

    public double getAttributionAccuracy() {
        return pk().attributionAccuracy();
    }

    public int getViolationsVerified() {
        return pk().violationsVerified();
    }

    public int getWithdrawalDemands() {
        return pk().demandsIssued();
    }

    @Override
    public String toString() {
        return pk().name() + " (peacekeepers)";
    }
}
