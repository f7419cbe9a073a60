package ceasefire.rules;

/** What a unit does that the rule set may judge. */
public enum ActKind {
    /** Aimed fire with small arms or artillery at the other side's units. */
    FIRE,
    /** A drone strike on the other side's units. */
    DRONE_STRIKE,
    /** A move from one cell to a neighbouring one. */
    MOVE,
    /** Digging in: a new position or observation post on the current cell. */
    ESTABLISH_POSITION,
    /** Staying put after peacekeepers demanded withdrawal. */
    REFUSE_WITHDRAWAL
}
