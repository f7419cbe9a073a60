package ceasefire.agents;

import ceasefire.scenario.UnitKind;

/**
 * What a unit last did, as data (the model writes no English): {@code gui.UnitView} words it for
 * the inspector. Fields a kind does not use are -1 or null.
 *
 * @param day        the day it happened
 * @param kind       what the unit did
 * @param x          the cell it concerned (where it fired, moved or set up), or -1
 * @param y          see {@code x}
 * @param zone       the zone of an order to advance, or null
 * @param targetName the name of the side fired on, or null
 * @param targetKind the kind of unit fired on, or null
 * @param casualties casualties caused by fire, or -1
 */
public record Deed(int day, Kind kind, int x, int y, String zone, String targetName, UnitKind targetKind, int casualties) {

    /** The kinds of deed a unit's inspector reports. */
    public enum Kind {
        /** Aimed fire on an enemy unit. */
        FIRED,
        /** A drone strike on an enemy unit. */
        DRONE_STRIKE,
        /** Bombardment ordered by the command after a provocation. */
        BOMBARDED_AFTER_PROVOCATION,
        /** One strike of a scripted strike series. */
        ORDERED_STRIKE,
        /** Would comply with a withdrawal demand but has no passable way back. */
        CANNOT_COMPLY,
        /** Began withdrawing as the peacekeepers demanded. */
        BEGAN_WITHDRAWING,
        /** Refused the peacekeepers' demand to withdraw. */
        REFUSED_WITHDRAWAL,
        /** A withdrawal finished on the unit's own side of the line. */
        BACK_ON_OWN_SIDE,
        /** A withdrawing unit has no passable way back to its own ground. */
        NO_WAY_HOME,
        /** A withdrawal held up because today's way back is blocked. */
        WITHDRAWAL_HELD_UP,
        /** An ordered advance made no progress. */
        ADVANCE_STALLED,
        /** An ordered advance was blocked by interposing peacekeepers. */
        ADVANCE_BLOCKED,
        /** Advancing on a zone under orders. */
        ADVANCING,
        /** Set up a position (an observation post). */
        SET_UP_POSITION,
        /** Probed forward on its own initiative. */
        PROBED_FORWARD,
        /** Moved guns up towards the line. */
        MOVED_GUNS_UP
    }

    static Deed of(int day, Kind kind) {
        return new Deed(day, kind, -1, -1, null, null, null, -1);
    }

    static Deed at(int day, Kind kind, int x, int y) {
        return new Deed(day, kind, x, y, null, null, null, -1);
    }

    static Deed toward(int day, Kind kind, String zone) {
        return new Deed(day, kind, -1, -1, zone, null, null, -1);
    }

    static Deed strike(int day, Kind kind, int x, int y, int casualties) {
        return new Deed(day, kind, x, y, null, null, null, casualties);
    }

    static Deed fire(int day, Kind kind, Unit target, int casualties) {
        return new Deed(day, kind, target.x(), target.y(), null, target.command().name(), target.kind(), casualties);
    }
}
