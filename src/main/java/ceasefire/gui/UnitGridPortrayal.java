package ceasefire.gui;

import ceasefire.agents.Unit;
import sim.field.grid.DenseGrid2D;
import sim.portrayal.LocationWrapper;
import sim.portrayal.grid.DenseGridPortrayal2D;
import sim.util.Int2D;

/**
 * MASON 18's {@link DenseGridPortrayal2D}, repaired where it assumes its superclass's
 * {@code ObjectGrid2D}: {@link #setField} passes the grid to a check that rejects every
 * {@link DenseGrid2D}, and picking an object (a double-click) builds a wrapper that casts the
 * grid to {@code ObjectGrid2D}. Drawing and picking are otherwise MASON's own.
 */
final class UnitGridPortrayal extends DenseGridPortrayal2D {

    @Override
    public void setField(Object grid) {
        if (!(grid instanceof DenseGrid2D)) {
            throw new IllegalArgumentException("expected a DenseGrid2D, was " + grid);
        }
        field = grid;
        setDirtyField(true);
    }

    /** A wrapper whose location follows the unit as it moves (an inspector shows where it is now). */
    @Override
    public LocationWrapper getWrapper(Object object, Int2D location) {
        return new LocationWrapper(object, location, this) {
            @Override
            public Object getLocation() {
                return getObject() instanceof Unit u ? new Int2D(u.x(), u.y()) : super.getLocation();
            }

            @Override
            public String getLocationName() {
                Object at = getLocation();
                return at instanceof Int2D p ? p.toCoordinates() : String.valueOf(at);
            }
        };
    }
}
