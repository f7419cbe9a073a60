package ceasefire.gui;

import ceasefire.scenario.Scenario;
import ceasefire.scenario.SideKey;
import ceasefire.scenario.SideSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One scenario value the Console's Model tab shows and edits: its path (the same as
 * {@code --set}), a label in words, what kind of value it is, the slider's range, and whether
 * changing it in the middle of a run makes sense.
 *
 * @param min     lower end of the slider (numbers only)
 * @param max     upper end of the slider (numbers only); the scenario's own value widens it
 * @param live    whether a change during a run takes effect at once (otherwise at the next start)
 * @param choices the allowed words of a {@link Kind#CHOICE}, as written in scenario files
 */
record Parameter(String path, String label, Kind kind, double min, double max, boolean live, String description,
                 List<String> choices) {

    /** How a value is edited. */
    enum Kind { REAL, INTEGER, BOOLEAN, CHOICE }

    Parameter {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        choices = List.copyOf(choices);
        if ((kind == Kind.REAL || kind == Kind.INTEGER) && !(min <= max)) {
            throw new IllegalArgumentException(path + ": slider range [" + min + ", " + max + "] is empty");
        }
    }

    private static Parameter share(String path, String label, String description) {
        return new Parameter(path, label, Kind.REAL, 0, 1, true, description, List.of());
    }

    private static Parameter real(String path, String label, double min, double max, String description) {
        return new Parameter(path, label, Kind.REAL, min, max, true, description, List.of());
    }

    private static Parameter integer(String path, String label, int min, int max, boolean live, String description) {
        return new Parameter(path, label, Kind.INTEGER, min, max, live, description, List.of());
    }

    private static Parameter bool(String path, String label, String description) {
        return new Parameter(path, label, Kind.BOOLEAN, 0, 0, true, description, List.of());
    }

    /**
     * The parameters of a scenario worth changing while watching it: each side's doctrine, the
     * peacekeepers, the mediator, the rules in force and the run's length. Only paths the
     * scenario has are listed (posts given as a list of cells have no {@code posts.count}, say).
     * Labels use the scenario's own names, so "Azerbaijan: discipline" rather than a path.
     */
    static List<Parameter> catalogue(Scenario s) {
        List<Parameter> all = new ArrayList<>();
        for (SideKey key : SideKey.values()) {
            SideSpec side = s.side(key);
            String other = s.side(key.other()).name();
            String p = "sides." + key + ".";
            String who = side.name() + ": ";
            all.add(share(p + "hostility", who + "hostility", "Hostility towards " + other + ", 0 to 1. Changed during a run, it sets "
                    + side.name() + "'s hostility now; after that the model moves it as usual."));
            all.add(share(p + "grievance", who + "grievance", "Standing grievance that keeps feeding hostility (Richardson's g), 0 to 1."));
            all.add(share(p + "commitment", who + "commitment", "Commitment to the ceasefire, 0 to 1; talks renew it. "
                    + "Changed during a run, it sets the commitment now."));
            all.add(share(p + "aggressiveness", who + "aggressiveness", "How readily hostility turns into violations, 0 to 1."));
            all.add(share(p + "discipline", who + "discipline", "How well units keep to the ceasefire orders (restraint), 0 to 1."));
            all.add(share(p + "retaliation", who + "retaliation", "Tit-for-tat propensity after being hit, 0 to 1."));
            all.add(share(p + "ambition", who + "ambition", "Appetite for taking ground, the peacekeepers' zone included, 0 to 1."));
            all.add(share(p + "peacekeeper_sensitivity", who + "respect for peacekeepers",
                    "How much the peacekeepers' presence deters " + side.name() + "'s units, 0 to 1."));
            all.add(share(p + "candour", who + "candour", "Chance of admitting (rather than denying) a verified violation when accused, 0 to 1."));
        }
        String pk = "Peacekeepers: ";
        String pkName = s.peacekeepers().name();
        int troops = s.peacekeepers().troops();
        all.add(integer("peacekeepers.troops", pk + "troops", 0, Math.max(5000, 2 * troops), true,
                pkName + ": personnel in theatre (0 = no contingent). They staff the posts first; the rest form patrols."));
        all.add(integer("peacekeepers.posts.count", pk + "posts", 0, 100, true,
                "Number of fixed observation posts, placed evenly over their region."));
        all.add(integer("peacekeepers.sensor_radius", pk + "sensor radius", 0, 10, true,
                "How far a post or patrol of the " + pkName + " sees, in cells."));
        all.add(integer("peacekeepers.patrol_speed", pk + "patrol speed", 0, 6, true, "Cells a patrol moves per day."));
        all.add(share("peacekeepers.deterrence", pk + "deterrence", "How strongly a fully staffed site deters units within its sensor radius."));
        all.add(share("peacekeepers.credibility", pk + "credibility", "How seriously the sides take the peacekeepers' withdrawal demands."));
        all.add(share("peacekeepers.attribution_accuracy", pk + "attribution",
                "Chance that a detected violation is blamed on the side that committed it."));
        all.add(new Parameter("peacekeepers.mandate", pk + "mandate", Kind.CHOICE, 0, 0, true,
                "observe: watch and report only; interpose: also stand between the sides (units cannot step next to a post or patrol).",
                List.of("observe", "interpose")));
        all.add(integer("peacekeepers.demand_interval", pk + "demand interval", 1, 30, true,
                "Days between repeated demands to a unit that stays in the zone."));
        String m = "Mediator: ";
        String mName = s.mediator().name();
        all.add(share("mediator.attention", m + "attention", "Chance per day that the mediator (" + mName + ") is paying attention."));
        all.add(share("mediator.effectiveness", m + "effectiveness", "How likely talks succeed and how much they achieve."));
        all.add(share("mediator.impartiality", m + "impartiality", "How even-handed both sides find the mediator; builds their trust in talks."));
        all.add(share("mediator.talks_threshold", m + "talks threshold", "Escalation index at or above which the mediator convenes talks."));
        all.add(integer("mediator.talks_cooldown", m + "talks cooldown", 0, 120, true, "Days between rounds of talks."));
        all.add(bool("mediator.public_rebuke", m + "public rebukes", "Whether the mediator publicly rebukes a side for a verified violation."));
        all.add(real("mediator.rebuke_threshold", m + "rebuke threshold", 0, 20,
                "Smallest incident severity the mediator rebukes publicly."));
        all.add(integer("mediator.commitment_days", m + "commitment half-life", 1, 365, true,
                "Half-life, in days, of the commitment that successful talks renew."));
        rule(all, "no_fire_across_line", "No fire across line");
        rule(all, "no_zone_entry", "No zone entry");
        rule(all, "no_forward_positions", "No forward positions");
        rule(all, "no_heavy_weapons_near_line", "No heavy weapons near line");
        all.add(integer("rules.no_heavy_weapons_near_line.distance", "No heavy weapons near line: distance", 0, 20, true,
                "Heavy weapons closer than this to the line of contact break the rule."));
        rule(all, "no_drone_strikes", "No drone strikes");
        rule(all, "comply_with_withdrawal", "Comply with withdrawal");
        int days = s.run().days();
        all.add(integer("run.days", "Run length (days)", 1, Math.max(730, days), false,
                "Days to run. Takes effect at the next start (press stop, then play)."));
        all.add(bool("run.stop_on_collapse", "Stop on collapse", "Whether the run ends as soon as the ceasefire has collapsed."));
        return all.stream().filter(q -> s.parameters().containsKey(q.path())).toList();
    }

    /** A rule's two rows: in force (ticked) or not, and the weight of a breach. */
    private static void rule(List<Parameter> all, String id, String words) {
        String p = "rules." + id + ".";
        all.add(bool(p + "enabled", words, "Rule " + id + ": ticked when it is part of the ceasefire; acts that break only rules not "
                + "in force are no incidents."));
        all.add(real(p + "severity", words + ": severity", 0, 10, "Weight of a breach of " + id
                + " in the escalation index and in the mediator's judgement."));
    }
}
