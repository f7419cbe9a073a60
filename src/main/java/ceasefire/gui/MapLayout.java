package ceasefire.gui;

import ceasefire.scenario.Geography;
import java.awt.geom.Rectangle2D;

/**
 * Where things go on the map display, in pixels at zoom 1: a status bar across the top, the
 * map below it, and the legend down the right-hand side. Cells are square and as large as fits
 * about 900 x 560 pixels (a little larger if the legend is taller), between 4 and 48 pixels;
 * the status bar is at least {@value #MIN_STATUS_WIDTH} pixels wide, however small the map.
 *
 * @param cell   pixels per cell
 * @param cols   map width in cells
 * @param rows   map height in cells
 * @param status height of the status bar
 * @param legend width of the legend
 * @param legendHeight height the legend needs; a small map gets a taller display rather than a
 *                     cut legend
 */
record MapLayout(int cell, int cols, int rows, int status, int legend, int legendHeight) {

    static final int MAX_MAP_WIDTH = 900;
    static final int MAX_MAP_HEIGHT = 560;
    /** Widest the map may grow to fill the legend's height. */
    static final int MAX_GROWN_WIDTH = 1000;
    static final int STATUS_HEIGHT = 62;
    static final int LEGEND_WIDTH = 226;
    static final int MIN_STATUS_WIDTH = 640;
    static final int MIN_CELL = 4;
    static final int MAX_CELL = 48;

    static MapLayout of(Geography g) {
        int legendHeight = LegendLayer.neededHeight(g);
        int cell = (int) Math.floor(Math.min(MAX_MAP_WIDTH / (double) g.width(), MAX_MAP_HEIGHT / (double) g.height()));
        // Grow the cells a little rather than leave blank space under a map shorter than the legend
        // (as tall as it is with the generic key: a scenario's longer key of its own does not make
        // the map wider, which would push the Console and the narrative over each other).
        int fill = (int) Math.ceil((LegendLayer.neededHeight(g, false) - STATUS_HEIGHT) / (double) g.height());
        cell = Math.max(cell, Math.min(fill, (int) Math.floor(MAX_GROWN_WIDTH / (double) g.width())));
        cell = Math.max(MIN_CELL, Math.min(MAX_CELL, cell));
        return new MapLayout(cell, g.width(), g.height(), STATUS_HEIGHT, LEGEND_WIDTH, legendHeight);
    }

    int mapWidth() {
        return cell * cols;
    }

    int mapHeight() {
        return cell * rows;
    }

    /** Width of the status bar (and of the map's column of the display). */
    int mainWidth() {
        return Math.max(mapWidth(), MIN_STATUS_WIDTH);
    }

    int width() {
        return mainWidth() + legend;
    }

    int height() {
        return Math.max(status + mapHeight(), legendHeight);
    }

    Rectangle2D.Double mapBounds() {
        return new Rectangle2D.Double(0, status, mapWidth(), mapHeight());
    }

    Rectangle2D.Double statusBounds() {
        return new Rectangle2D.Double(0, 0, mainWidth(), status);
    }

    Rectangle2D.Double legendBounds() {
        return new Rectangle2D.Double(mainWidth(), 0, legend, height());
    }
}
