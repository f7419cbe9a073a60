package ceasefire.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.events.NarrativeEntry;
import ceasefire.events.NarrativeEvent;
import ceasefire.model.ConflictModel;
import ceasefire.model.RunObserver;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mediator's inspector words the last talks from the agent's data. */
class MediatorViewTest {

    @Test
    void lastTalksFollowTheNarrativesTalks() {
        ConflictModel model = new ConflictModel(GuiFixtures.flagship("mediator.talks_threshold=0.05"), 3);
        List<NarrativeEntry> talks = new ArrayList<>();
        model.addObserver(new RunObserver() {
            @Override
            public void narrative(NarrativeEntry entry) {
                if (entry.event() instanceof NarrativeEvent.Talks) {
                    talks.add(entry);
                }
            }
        });
        model.start();
        MediatorView view = new MediatorView(model);
        assertEquals("no talks yet", view.getLastTalks());
        for (int day = 0; day < 180 && !model.finished(); day++) {
            model.schedule.step(model);
        }
        NarrativeEntry lastTalks = talks.isEmpty() ? null : talks.get(talks.size() - 1);
        assertTrue(lastTalks != null, "talks were held with a low threshold");
        boolean success = ((NarrativeEvent.Talks) lastTalks.event()).agreed();
        assertEquals("day " + lastTalks.step() + ": talks " + (success ? "succeeded" : "failed"), view.getLastTalks());
    }
}
