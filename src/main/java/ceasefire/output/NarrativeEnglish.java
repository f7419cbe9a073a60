package ceasefire.output;

import ceasefire.events.Incident;
import ceasefire.events.NarrativeEntry;
import ceasefire.events.NarrativeEvent;
import ceasefire.events.NarrativeEvent.Actor;
import ceasefire.events.NarrativeKind;
import ceasefire.scenario.Cell;
import ceasefire.scenario.EscalationLevel;
import ceasefire.scenario.EscalationSpec;
import ceasefire.scenario.Geography;
import ceasefire.scenario.Scenario;
import ceasefire.scenario.SideKey;
import ceasefire.scenario.UnitKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the narrative's events ({@link NarrativeEvent}) in English: the one place where
 * {@code narrative.csv}'s actor and detail, {@code narrative.txt}, the report's key moments and
 * the GUI's narrative window and status line get their words. Names come from the scenario
 * (the sides', the contingent's, the mediator's: they do not change during a run), places from
 * its geography (region labels, map legend labels, cells).
 */
public final class NarrativeEnglish {

    private final Scenario scenario;
    private final Geography geography;

    /** English for the narrative of a run of this scenario. */
    public NarrativeEnglish(Scenario scenario) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.geography = scenario.geography();
    }

    /** The map whose places the narrative names. */
    Geography geography() {
        return geography;
    }

    /** The entry's actor column: "Azerbaijan", "Russian peacekeepers", "Escalation", a timeline event's actor. */
    public String actor(NarrativeEntry e) {
        return actor(e.actor());
    }

    /** An actor's name. */
    public String actor(Actor a) {
        if (a instanceof NarrativeEvent.Side s) {
            return side(s.side());
        }
        if (a instanceof NarrativeEvent.Credited c) {
            return c.name();
        }
        return switch ((NarrativeEvent.Party) a) {
            case PEACEKEEPERS -> scenario.peacekeepers().name();
            case MEDIATOR -> scenario.mediator().name();
            case BOTH_SIDES -> scenario.a().name() + " and " + scenario.b().name();
            case ESCALATION -> "Escalation";
            case CEASEFIRE -> "Ceasefire";
        };
    }

    /**
     * The entry as a sentence: "Russia publicly rebukes Azerbaijan ...". Timeline events are
     * written as headlines in their own right, so their actor is not prefixed.
     */
    public String sentence(NarrativeEntry e) {
        return e.kind() == NarrativeKind.EVENT ? detail(e) : actor(e) + " " + detail(e);
    }

    /** "day 113: Russia publicly rebukes Azerbaijan ..." */
    public String headline(NarrativeEntry e) {
        return "day " + e.step() + ": " + sentence(e);
    }

    /** The entry's detail column: the sentence without its subject (a timeline event's whole headline). */
    public String detail(NarrativeEntry e) {
        return detail(e.event());
    }

    /** An event's sentence without its subject. */
    public String detail(NarrativeEvent event) {
        String said = sides(event);
        if (said == null) {
            said = others(event);
        }
        if (said == null) {
            throw new IllegalArgumentException("no English for " + event);
        }
        return said;
    }

    /** What the sides say and do, or null. */
    private String sides(NarrativeEvent event) {
        if (event instanceof NarrativeEvent.Accusation a) {
            return "accuses " + side(a.side().other()) + " of " + describe(a.incident());
        }
        if (event instanceof NarrativeEvent.FabricatedAccusation a) {
            return "accuses " + side(a.side().other()) + " of shelling its positions (no such incident occurred)";
        }
        if (event instanceof NarrativeEvent.FabricationDenied) {
            return "denies the accusation as a fabrication";
        }
        if (event instanceof NarrativeEvent.Acknowledgement a) {
            return "acknowledges the " + a.incident().type().label() + " at " + place(a.incident()) + " and promises an inquiry";
        }
        if (event instanceof NarrativeEvent.Denial d) {
            return "denies any " + d.incident().type().label() + " at " + place(d.incident())
                    + " and blames provocations by " + side(d.side().other());
        }
        if (event instanceof NarrativeEvent.Regret r) {
            return "regrets the " + r.incident().type().label() + " at " + place(r.incident()) + " and says its inquiry continues";
        }
        if (event instanceof NarrativeEvent.RebukeDenied d) {
            return "denies breaking any provision of the ceasefire at " + place(d.incident());
        }
        if (event instanceof NarrativeEvent.CounterDemand d) {
            return "demands the withdrawal of " + English.possessive(side(d.side().other()))
                    + " armed units from the area where the peacekeepers are deployed";
        }
        if (event instanceof NarrativeEvent.Withdrawal w) {
            return "pulls " + English.count(w.units(), "unit") + " back as the peacekeepers demanded";
        }
        if (event instanceof NarrativeEvent.NoWayBack n) {
            return "says " + English.count(n.units(), "unit") + " near " + geography.placeNames(n.at())
                    + (n.units() == 1 ? " has" : " have") + " no passable way back to its own ground";
        }
        if (event instanceof NarrativeEvent.Refusal r) {
            return "refuses to withdraw " + English.count(r.units(), "unit") + " from " + geography.placeNames(r.at())
                    + ", saying the ground is its own";
        }
        if (event instanceof NarrativeEvent.AdvanceBlocked b) {
            return "finds its advance on " + region(b.zone()) + " blocked by interposing peacekeepers near " + place(b.near());
        }
        if (event instanceof NarrativeEvent.Retaliation r) {
            return "authorises " + English.count(r.units(), "unit") + " near " + place(r.near()) + " to return fire";
        }
        if (event instanceof NarrativeEvent.StrikeSeries s) {
            return strikes(s);
        }
        return null;
    }

    /** What the peacekeepers, the mediator, the model and the timeline say, or null. */
    private String others(NarrativeEvent event) {
        if (event instanceof NarrativeEvent.WithdrawalDemand d) {
            return peacekeepers("demand") + " that " + side(d.side()) + " withdraw " + English.count(d.at().size(), "armed unit")
                    + " from " + geography.placeNames(d.at());
        }
        if (event instanceof NarrativeEvent.Report r) {
            return peacekeepers("report") + " " + English.count(r.violations(), "violation") + " by " + side(r.side())
                    + (r.violations() == 1 ? ": " : ", the gravest: ") + describe(r.gravest());
        }
        if (event instanceof NarrativeEvent.Rebuke r) {
            return "publicly rebukes " + side(r.side()) + (r.first() ? " for the first time" : "") + " over the "
                    + r.incident().type().label() + " at " + place(r.incident()) + " and appeals to both sides for restraint";
        }
        if (event instanceof NarrativeEvent.Talks t) {
            // The mediator acts on the index of the day before (today's is computed at the end of the day).
            return "holds talks with the leaders of " + side(SideKey.A) + " and " + side(SideKey.B)
                    + (t.scripted() ? "" : String.format(Locale.ROOT, " after escalation reached %.2f the day before", t.index()))
                    + (t.agreed() ? "; both agree to recommit to the ceasefire" : "; no agreement");
        }
        if (event instanceof NarrativeEvent.LevelChange l) {
            return (l.rose() ? "rises to " : "falls to ") + l.to().label() + " (index " + indexText(l.index(), l.escalation()) + ")";
        }
        if (event instanceof NarrativeEvent.Collapse c) {
            return "has collapsed: " + c.daysOfOpenWar() + " days of open war";
        }
        if (event instanceof NarrativeEvent.TimelineNote n) {
            return n.title();
        }
        if (event instanceof NarrativeEvent.ParametersChanged p) {
            return "parameters change: " + changes(p.changes());
        }
        if (event instanceof NarrativeEvent.Reinforcement r) {
            return "brings in " + English.count(r.units(), r.unitKind().label() + " unit");
        }
        if (event instanceof NarrativeEvent.UnitsWithdrawn w) {
            String zone = w.zone().isEmpty() ? "" : region(w.zone());
            if (w.units() == 0) {
                // The timeline ordered a withdrawal that found no unit to take: say so rather than "withdraws 0 units".
                return "has no units to withdraw from the theatre" + (zone.isEmpty() ? "" : " in " + zone);
            }
            return "withdraws " + English.count(w.units(), "unit") + (zone.isEmpty() ? " from" : " from " + zone + " and out of") + " the theatre";
        }
        if (event instanceof NarrativeEvent.TroopsChanged t) {
            // A timeline event is printed without its actor, so the sentence names the contingent itself.
            return scenario.peacekeepers().name() + " "
                    + (t.change() >= 0 ? peacekeepers("receive") + " " + t.change() + " more troops"
                    : peacekeepers("send") + " " + -t.change() + " troops home") + "; now " + t.troops();
        }
        if (event instanceof NarrativeEvent.Recommitment) {
            // Of kind recommitment, not event: printed after its actor ("Azerbaijan and Armenia").
            return "publicly recommit to the ceasefire";
        }
        if (event instanceof NarrativeEvent.AdvanceOrdered a) {
            return "orders " + English.count(a.units(), a.unitKind().label() + " unit") + " to advance on " + region(a.zone())
                    + (a.post() ? " and set up a post there" : "");
        }
        if (event instanceof NarrativeEvent.StrikesOrdered s) {
            return "orders " + English.count(s.strikes(), weapon(s.weapon()) + " strike") + " on " + region(s.zone());
        }
        return null;
    }

    /** A strike series as carried out: "carries out both ordered drone strikes on ...: 3 casualties among Armenia's forces". */
    private String strikes(NarrativeEvent.StrikeSeries s) {
        String weapon = weapon(s.weapon());
        String where = region(s.zone());
        int done = s.made();
        String missing = "no " + s.weapon().label() + " with munitions and a target in range";
        if (done == 0) {
            return "could carry out none of the " + s.ordered() + " ordered " + weapon + " strikes on " + where + " (" + missing + ")";
        }
        String cells = geography.placeNames(s.hit());
        String target = cells.startsWith(where + " (") ? cells : where + ", hitting " + cells;
        String what = done == 1 && s.ordered() == 1 ? "the ordered " + weapon + " strike"
                : (done == s.ordered() ? (done == 2 ? "both" : "all " + done) : done + " of " + s.ordered()) + " ordered " + weapon + " strikes";
        // The series' toll is otherwise only in incidents.csv, one row per strike.
        String toll = English.count(s.casualties(), "casualty") + " among " + English.possessive(side(s.side().other())) + " forces";
        String shortfall = done < s.ordered() ? " (for the rest, " + missing + ")" : "";
        return "carries out " + what + " on " + target + ": " + toll + shortfall;
    }

    /**
     * The escalation index to two decimals; where rounding would put the value on the other side
     * of a level's threshold, "just under" or "just over" says so rather than more digits.
     */
    static String indexText(double v, EscalationSpec esc) {
        // Always two decimals, so that narratives compare at a glance.
        String s = String.format(Locale.ROOT, "%.2f", v);
        double shown = Double.parseDouble(s);
        EscalationLevel level = esc.levelOf(v);
        EscalationLevel shownLevel = esc.levelOf(shown);
        if (shownLevel == level) {
            return s;
        }
        return (shownLevel.ordinal() > level.ordinal() ? "just under " : "just over ") + s;
    }

    /** "an incursion at Farukh/Parukh heights (52,17) (2 casualties on Armenia's side)". */
    private String describe(Incident i) {
        return English.withArticle(i.type().label()) + " at " + place(i) + casualties(i);
    }

    /** An incident's casualties, saying whose they were: " (2 casualties on Armenia's side)"; "" when there were none. */
    private String casualties(Incident i) {
        if (i.casualties() <= 0) {
            return "";
        }
        String n = English.count(i.casualties(), "casualty");
        return i.victim() == null ? " (" + n + ")" : " (" + n + " on " + English.possessive(side(i.victim())) + " side)";
    }

    /** "a=1, b x0.5": a timeline event's parameter changes. */
    private static String changes(Map<String, String> changes) {
        List<String> parts = new ArrayList<>();
        changes.forEach((k, v) -> parts.add(k + " " + (v.startsWith("x") ? v : "= " + v)));
        return String.join(", ", parts);
    }

    /** How the narrative names a zone or region: its label ("Farukh/Parukh heights"), else "the peacekeeping zone". */
    private String region(String zone) {
        var r = scenario.map().regions().get(zone);
        return r == null ? "the " + zone + " zone" : r.label();
    }

    private String place(Incident i) {
        return geography.placeName(i.x(), i.y());
    }

    private String place(Cell c) {
        return geography.placeName(c.x(), c.y());
    }

    private String side(SideKey k) {
        return scenario.side(k).name();
    }

    /** A verb agreeing with the contingent's name ("Russian peacekeepers report", "UN force reports"). */
    private String peacekeepers(String base) {
        return English.verb(scenario.peacekeepers().name(), base);
    }

    /** "drone" or "artillery", as in "drone strikes". */
    private static String weapon(UnitKind k) {
        return k == UnitKind.DRONE_TEAM ? "drone" : "artillery";
    }
}
