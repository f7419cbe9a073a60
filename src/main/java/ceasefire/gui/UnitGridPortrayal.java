package ceasefire.gui;

import sim.field.grid.DenseGrid2D;
import sim.portrayal.grid.DenseGridPortrayal2D;

/**
 * MASON 18's {@link DenseGridPortrayal2D} with a working {@link #setField}: the original
 * passes the grid on to its superclass's check, which accepts only an {@code ObjectGrid2D} and
 * so rejects every {@link DenseGrid2D}. Drawing and picking are MASON's own.
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
}
