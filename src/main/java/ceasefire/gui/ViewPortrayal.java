package ceasefire.gui;

import sim.display.GUIState;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimpleInspector;
import sim.portrayal.SimplePortrayal2D;

/**
 * A map layer's portrayal whose inspector shows a view of the agent ({@link UnitView},
 * {@link SiteView}), not the agent itself: agents carry no getters for the GUI.
 */
abstract class ViewPortrayal extends SimplePortrayal2D {

    private static final long serialVersionUID = 1L;

    /** What the inspector shows for an object on this layer. */
    abstract Object inspected(Object object);

    @Override
    public String getName(LocationWrapper wrapper) {
        return String.valueOf(wrapper.getObject());
    }

    @Override
    public Inspector getInspector(LocationWrapper wrapper, GUIState state) {
        return new SimpleInspector(inspected(wrapper.getObject()), state, getName(wrapper));
    }
}
