package ceasefire.rules;

import ceasefire.scenario.Control;
import ceasefire.scenario.Geography;

/** The little the rules need to know about the map. */
public interface MapView {

    Control control(int x, int y);

    /** Whether the cell is in a zone ({@code peacekeeping}, {@code buffer}, ...) or named region. */
    boolean inZone(String zone, int x, int y);

    /** Steps from the cell to the line of contact. */
    int lineDistance(int x, int y);

    /** A view over a scenario's geography. */
    static MapView of(Geography g) {
        return new MapView() {
            @Override
            public Control control(int x, int y) {
                return g.control(x, y);
            }

            @Override
            public boolean inZone(String zone, int x, int y) {
                return g.inZone(zone, x, y);
            }

            @Override
            public int lineDistance(int x, int y) {
                return g.lineDistance(x, y);
            }
        };
    }
}
