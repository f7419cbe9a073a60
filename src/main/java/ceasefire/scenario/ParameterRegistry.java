package ceasefire.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every scenario parameter, declared once: path, type, unit, default, range, whether it may
 * change during a run and what a change does, label, description and source. The binder reads
 * defaults and ranges from here; {@code --set}, timeline events and sweeps check paths against
 * it; the GUI's Model tab, chart axes, the JSON Schema ({@code ./ceasefire schema}) and the key
 * tables of docs/SCENARIO.md (kept in step by ScenarioReferenceTest) all come from it.
 *
 * <p>Adding a parameter is one declaration below plus the code that uses it: read it in its
 * section's reader ({@link MediatorReader}, {@link SideReader}, ...) with the {@link Declared}
 * helper of its type (which takes default and range from here) and add a row to docs/SCENARIO.md
 * (the test prints the row to paste). See CONTRIBUTING.md.
 *
 * <p>Only scalar values and simple lists are parameters. The map's rows and legend, regions,
 * unit groups and timeline events are the scenario's structure: the binder reads them itself.
 * Side B has the same parameters as side A, declared together.
 */
public final class ParameterRegistry {

    private static final List<Declaring> PENDING = new ArrayList<>();
    private static final List<ParameterSpec> ALL;
    private static final Map<String, ParameterSpec> BY_PATH;

    static {
        text("name", null).label("Name")
                .doc("Title of the scenario, shown in outputs and charts.")
                .defaultText("the file name without `.yaml`");
        text("description", null).label("Description")
                .doc("One or two sentences on what the scenario shows; kept in the run's summary.")
                .defaultText("empty");
        whole("run.seed", 1, 0, 2147483647).label("Seed")
                .doc("Seed of the run's single stream of random numbers: the same scenario with the same seed gives exactly the same run.");
        whole("run.days", 365, 1, 100000).unit("days").label("Run length")
                .doc("Number of days to simulate.").slider(1, 730);
        bool("run.stop_on_collapse", false).label("Stop on collapse")
                .live("the run stops on the next collapsed day (or runs on)")
                .doc("Whether the run stops on the day the ceasefire collapses (see [escalation](#11-escalation)) instead of running to its last day.").slider(0, 0);
        date("run.start_date").label("Start date")
                .doc("Calendar date of day 0; used only to label days in the outputs (e.g. `2021-12-01` makes day 113 read 2022-03-24).")
                .defaultText("none");
        number("map.cell_km", 1, 0.000001, 1000000).unit("km").label("Map: cell km")
                .doc("Nominal width of one cell, for reading results; the model itself counts in cells.");
        number("terrain.open.cover", 0, 0, 0.95).unit("share of fire absorbed").label("Open ground: cover")
                .live("mobility and cover are rebuilt from the next day on")
                .doc("Share of aimed fire's effect that open ground absorbs: casualties are multiplied by 1 - cover.");
        share("terrain.open.mobility", 1).unit("chance per day").label("Open ground: mobility")
                .live("mobility and cover are rebuilt from the next day on")
                .doc("Chance that a unit trying to move onto an open cell makes it that day.");
        number("terrain.rough.cover", 0.25, 0, 0.95).unit("share of fire absorbed").label("Rough ground: cover")
                .live("mobility and cover are rebuilt from the next day on")
                .doc("Cover of rough ground.");
        share("terrain.rough.mobility", 0.7).unit("chance per day").label("Rough ground: mobility")
                .live("mobility and cover are rebuilt from the next day on")
                .doc("Mobility on rough ground.");
        number("terrain.mountain.cover", 0.5, 0, 0.95).unit("share of fire absorbed").label("Mountain ground: cover")
                .live("mobility and cover are rebuilt from the next day on")
                .doc("Cover of mountains.");
        share("terrain.mountain.mobility", 0.4).unit("chance per day").label("Mountain ground: mobility")
                .live("mobility and cover are rebuilt from the next day on")
                .doc("Mobility in mountains.");
        number("terrain.urban.cover", 0.4, 0, 0.95).unit("share of fire absorbed").label("Urban ground: cover")
                .live("mobility and cover are rebuilt from the next day on")
                .doc("Cover of towns.");
        share("terrain.urban.mobility", 0.8).unit("chance per day").label("Urban ground: mobility")
                .live("mobility and cover are rebuilt from the next day on")
                .doc("Mobility in towns.");
        number("terrain.road.cover", 0, 0, 0.95).unit("share of fire absorbed").label("Road ground: cover")
                .live("mobility and cover are rebuilt from the next day on")
                .doc("Cover of roads.");
        share("terrain.road.mobility", 1).unit("chance per day").label("Road ground: mobility")
                .live("mobility and cover are rebuilt from the next day on")
                .doc("Mobility on roads.");
        for (SideKey k : SideKey.values()) {
            String s = "sides." + k + ".";
            text(s + "name", "Side " + k).label(k + ": name")
                    .doc("The side's name in outputs and narratives, e.g. \"Azerbaijan\".")
                    .defaultText("\"Side A\" (and \"Side B\")");
            share(s + "hostility", 0.2).label(k + ": hostility")
                    .live("sets the side's hostility now; the model moves it from there")
                    .doc("Starting hostility towards the other side; it then rises with the other side's violations and falls with time and successful talks.").slider(0, 1);
            share(s + "grievance", 0.2).label(k + ": grievance")
                    .live("read from the next day on")
                    .doc("Standing grievance (lost territory, an unresolved defeat) that feeds hostility every day, whatever happens.")
                    .source("Richardson (1960), grievance term").slider(0, 1);
            share(s + "commitment", 0.8).label(k + ": commitment")
                    .live("sets the side's commitment now; it fades from there")
                    .doc("Starting commitment to the ceasefire; it fades with a half-life of `mediator.commitment_days` and is renewed to 1 by successful talks or a recommitment event.").slider(0, 1);
            share(s + "aggressiveness", 0.4).label(k + ": aggressiveness")
                    .live("read from the next day on")
                    .doc("How readily hostility turns into violations (the weight of hostility in a unit's motive).").slider(0, 1)
                .source("Epstein (2002), grievance as the motive (MODEL.md E4)");
            share(s + "discipline", 0.6).label(k + ": discipline")
                    .live("read from the next day on")
                    .doc("How well units follow the ceasefire orders: the main brake on violations, and part of the chance of obeying a withdrawal demand.").slider(0, 1)
                .source("Epstein (2002), restraint against grievance (MODEL.md E3)");
            share(s + "retaliation", 0.5).label(k + ": retaliation")
                    .live("read from the next day on")
                    .doc("Tit-for-tat propensity: how strongly being hit drives a unit to fire back, and how likely its command is to order units near a hit to return fire.").slider(0, 1);
            share(s + "ambition", 0.2).label(k + ": ambition")
                    .live("read from the next day on")
                    .doc("Appetite for ground: how often infantry probes forward across the line and digs in there, and how much it resists demands to withdraw.").slider(0, 1);
            share(s + "peacekeeper_sensitivity", 0.6).label(k + ": respect for peacekeepers")
                    .live("read from the next day on")
                    .doc("How much the presence of peacekeepers restrains this side's units (0: ignores them entirely).").slider(0, 1)
                .source("Epstein (2002), perceived risk as a brake (MODEL.md E3)");
            share(s + "candour", 0.1).label(k + ": candour")
                    .live("read from the next day on")
                    .doc("Chance of acknowledging, rather than denying, one of its own violations when the other side accuses it publicly.").slider(0, 1);
            whole(s + "weapons.small_arms.range", 2, 1, 1000).unit("cells (straight line)").label(k + ": small arms range")
                    .live("read from the next day on")
                    .doc("How far infantry can fire.");
            number(s + "weapons.small_arms.lethality", 0.5, 0, 1000).unit("casualties per day of fire").label(k + ": small arms lethality")
                    .live("read from the next day on")
                    .doc("Expected casualties of one day's fire by a full-strength infantry unit (100 people) on a target in the open.")
                .source("Lanchester (1916), aimed fire, as a Poisson mean (MODEL.md E8)");
            unlimited(s + "weapons.small_arms.stock").unit("days of fire").label(k + ": small arms stock")
                    .live("refills the side's stock to the new value")
                    .doc("Munitions for the whole run: each day a unit fires uses one; leave it out (or empty) for no limit; 0 means the side has none.");
            whole(s + "weapons.artillery.range", 8, 1, 1000).unit("cells (straight line)").label(k + ": artillery range")
                    .live("read from the next day on")
                    .doc("How far artillery can fire.");
            number(s + "weapons.artillery.lethality", 3, 0, 1000).unit("casualties per day of fire").label(k + ": artillery lethality")
                    .live("read from the next day on")
                    .doc("Expected casualties of one day's fire by a full-strength battery (40 people) on a target in the open.")
                .source("Lanchester (1916), aimed fire, as a Poisson mean (MODEL.md E8)");
            unlimited(s + "weapons.artillery.stock").unit("fire missions").label(k + ": artillery stock")
                    .live("refills the side's stock to the new value")
                    .doc("Artillery fire missions available for the whole run; leave out for no limit.");
            whole(s + "weapons.drones.range", 20, 1, 1000).unit("cells (straight line)").label(k + ": drone range")
                    .live("read from the next day on")
                    .doc("How far drone teams can strike.");
            number(s + "weapons.drones.lethality", 4, 0, 1000).unit("casualties per strike").label(k + ": drone lethality")
                    .live("read from the next day on")
                    .doc("Expected casualties of one drone strike on a target in the open, whatever the size of the team.")
                .source("Lanchester (1916), aimed fire, as a Poisson mean (MODEL.md E8)");
            unlimited(s + "weapons.drones.stock").unit("strikes").label(k + ": drone stock")
                    .live("refills the side's stock to the new value")
                    .doc("Drone strikes available for the whole run (e.g. sorties of a drone fleet); 0 means the side has no drones.");
            share(s + "threat_reaction", 0.005).unit("hostility per day").label(k + ": threat reaction")
                    .live("read from the next day on")
                    .doc("Richardson's reaction coefficient for this side: hostility gained each day per unit of the other side's hostility (the threat read from its posture, statements and mobilisation), besides the reaction to its violations (`dynamics.reaction`). The sides run away when the product of their reactions exceeds the product of their fatigues (MODEL.md E1).")
                    .source("Richardson (1960), reaction coefficient k").slider(0, 0.1);
            Declaring fatigue = new Declaring(s + "fatigue", ParameterSpec.Type.SHARE, null, 0, 1);
            fatigue.defaultText = "`dynamics.fatigue`";
            fatigue.unit("share per day").label(k + ": fatigue")
                    .live("read from the next day on")
                    .doc("Richardson's fatigue coefficient for this side: share of its hostility lost each day; leave it out to use `dynamics.fatigue`.")
                    .source("Richardson (1960), fatigue coefficient a");
            whole(s + "replacement_days", 60, 0, 100000).unit("days").label(k + ": replacement days")
                    .live("read from the next day on")
                    .doc("Reinforcement and rotation: mean days to replace a destroyed unit (placed as its group was) and to make good a unit's lost personnel; 0 means losses are never replaced.")
                    .slider(0, 365);
        }
        text("peacekeepers.name", "Peacekeepers").label("Peacekeepers: name")
                .doc("Name in outputs and narratives, e.g. \"Russian peacekeepers\".");
        whole("peacekeepers.troops", 0, 0, 10000000).unit("people").label("Peacekeepers: troops")
                .live("the contingent has this many troops now; posts are staffed first, patrols formed or disbanded")
                .doc("Personnel in theatre; 0 means no contingent.").slider(0, 5000, 2);
        posts("peacekeepers.posts").label("Peacekeepers: posts")
                .live("the posts are placed again; patrols are re-formed")
                .doc("The observation posts: a list of cells, or `{count: N, region: ...}` to have them placed automatically.")
                .defaultText("no posts").range("passable cells on the map");
        whole("peacekeepers.posts.count", 0, 0, 100000).unit("posts").label("Peacekeepers: posts")
                .live("the posts are placed again; patrols are re-formed")
                .doc("How many posts to place automatically; at most the number of passable cells of the region.").slider(0, 100)
                .defaultText("required with automatic posts");
        text("peacekeepers.posts.region", "peacekeeping").unit("zone or region name").label("Peacekeepers: posts region")
                .live("the posts are placed again; patrols are re-formed")
                .doc("Where automatic posts are placed.")
                .range("a [zone or region](#47-zones-and-regions-as-names)");
        whole("peacekeepers.post_garrison", 30, 1, 1000000).unit("people per post").label("Peacekeepers: post garrison")
                .live("staffing and coverage are recomputed")
                .doc("Troops needed to staff one post fully.");
        whole("peacekeepers.patrol_size", 60, 1, 1000000).unit("people per patrol").label("Peacekeepers: patrol size")
                .live("staffing and coverage are recomputed")
                .doc("Troops in one mobile patrol.");
        whole("peacekeepers.patrol_speed", 2, 0, 1000).unit("cells per day").label("Peacekeepers: patrol speed")
                .live("read from the next day on")
                .doc("How many cells a patrol moves each day.").slider(0, 6);
        names("peacekeepers.patrol_zones", List.of("peacekeeping", "buffer")).unit("zones or regions").label("Peacekeepers: patrol zones")
                .live("the patrol area is rebuilt; patrols are re-formed")
                .doc("Where patrols move (when no incursion draws an interposing patrol elsewhere).");
        whole("peacekeepers.sensor_radius", 3, 0, 1000).unit("cells (straight line)").label("Peacekeepers: sensor radius")
                .live("staffing and coverage are recomputed")
                .doc("How far a post or patrol sees and deters.").slider(0, 10);
        share("peacekeepers.detection.open", 0.9).unit("chance per violation").label("Peacekeepers: detection on open ground")
                .live("staffing and coverage are recomputed")
                .doc("Chance that one fully staffed post or patrol within sensor radius detects a violation on an open cell.");
        share("peacekeepers.detection.rough", 0.7).unit("chance per violation").label("Peacekeepers: detection on rough ground")
                .live("staffing and coverage are recomputed")
                .doc("The same on rough ground.");
        share("peacekeepers.detection.mountain", 0.5).unit("chance per violation").label("Peacekeepers: detection on mountain ground")
                .live("staffing and coverage are recomputed")
                .doc("The same in mountains.");
        share("peacekeepers.detection.urban", 0.6).unit("chance per violation").label("Peacekeepers: detection on urban ground")
                .live("staffing and coverage are recomputed")
                .doc("The same in towns.");
        share("peacekeepers.detection.road", 0.95).unit("chance per violation").label("Peacekeepers: detection on road ground")
                .live("staffing and coverage are recomputed")
                .doc("The same on roads.");
        share("peacekeepers.deterrence", 0.5).label("Peacekeepers: deterrence")
                .live("staffing and coverage are recomputed")
                .doc("How strongly one fully staffed post or patrol deters units within its sensor radius (felt in proportion to each side's `peacekeeper_sensitivity`).").slider(0, 1);
        choice("peacekeepers.mandate", "observe", List.of("observe", "interpose")).label("Peacekeepers: mandate")
                .live("read from the next day on")
                .doc("`observe`: watch and report (and demand withdrawals only with `withdrawal_demands`); `interpose`: also demand withdrawals and stand physically between the sides (see below).").slider(0, 0);
        share("peacekeepers.credibility", 0.5).label("Peacekeepers: credibility")
                .live("read from the next day on")
                .doc("How seriously the sides take the contingent's demands to withdraw.").slider(0, 1);
        share("peacekeepers.attribution_accuracy", 0.85).label("Peacekeepers: attribution accuracy")
                .live("read from the next day on")
                .doc("Chance that a detected exchange of fire is blamed on the side that really fired.").slider(0, 1);
        whole("peacekeepers.demand_interval", 3, 1, 10000).unit("days").label("Peacekeepers: demand interval")
                .live("read from the next day on")
                .doc("Days before a unit that stays in the zone is told again to withdraw.").slider(1, 30);
        Declaring demands = new Declaring("peacekeepers.withdrawal_demands", ParameterSpec.Type.BOOLEAN, null, 0, 0);
        demands.defaultText = "`true` under `interpose`, `false` under `observe`";
        demands.label("Peacekeepers: withdrawal demands")
                .live("read from the next day on")
                .doc("Whether the force demands that armed units leave the peacekeeping zone and the buffer. An observe-only mandate watches and reports and demands nothing unless the scenario says so.")
                .source("Fortna (2008) on observer missions");
        whole("peacekeepers.observers", 0, 0, 10000000).unit("people").label("Peacekeepers: observers")
                .live("observer teams are formed or disbanded")
                .doc("Unarmed military observers besides the armed `troops`: in teams of `observer_team` they move like patrols and detect and report violations within `sensor_radius`, and count towards monitoring, but they neither deter by their presence nor block nor demand.")
                .source("Hultman, Kathman and Shannon (2014): observers barely reduce battle deaths").slider(0, 500, 2);
        whole("peacekeepers.observer_team", 4, 1, 1000000).unit("people per team").label("Peacekeepers: observer team")
                .live("observer teams are formed or disbanded")
                .doc("Observers in one team.");
        share("peacekeepers.presence", 0.5).label("Peacekeepers: presence")
                .live("read from the next day on")
                .doc("Deterrence felt by every unit in the force's sector when armed troops are dense there: `presence x (1 - exp(-density / reference_density))`, in proportion to density while it is low, with diminishing returns (MODEL.md E19).")
                .source("Hultman, Kathman and Shannon (2014), direction; form our assumption").slider(0, 1);
        number("peacekeepers.reference_density", 10, 0.000001, 1000000).unit("people per cell").label("Peacekeepers: reference density")
                .live("read from the next day on")
                .doc("Troops (for presence) or troops and observers (for monitoring) per cell of the patrol zones at which presence and monitoring reach 63% (1 - 1/e) of their full strength.");
        whole("peacekeepers.sector_depth", 12, 0, 10000).unit("steps").label("Peacekeepers: sector depth")
                .live("the sector is rebuilt")
                .doc("How far from the patrol zones presence and monitoring are felt: the force's sector, deep enough to include the guns that fire into it.");
        share("peacekeepers.monitoring", 0.25).label("Peacekeepers: monitoring")
                .live("read from the next day on")
                .doc("How strongly the risk of being detected, attributed and publicly blamed deters fire from anywhere in the sector, at full monitoring coverage (MODEL.md E20, E21).")
                .source("Fortna (2008), monitoring; form our assumption").slider(0, 1);
        text("mediator.name", "Mediator").label("Mediator: name")
                .doc("Name in outputs and narratives, e.g. \"Russia\".");
        share("mediator.attention", 0.8).unit("chance per day").label("Mediator: attention")
                .live("read from the next day on")
                .doc("Chance each day that the mediator pays attention: only then does it read reports, rebuke and convene talks.").slider(0, 1);
        share("mediator.effectiveness", 0.5).label("Mediator: effectiveness")
                .live("read from the next day on")
                .doc("Leverage: raises the chance that talks succeed and how much hostility successful talks remove.").slider(0, 1);
        share("mediator.impartiality", 0.7).label("Mediator: impartiality")
                .live("moves both sides' trust in the mediator by the change")
                .doc("How even-handed both sides find it: each side's starting trust in the mediator, which raises the chance that talks succeed; a timeline change moves both sides' trust by the same amount.").slider(0, 1);
        share("mediator.talks_threshold", 0.35).unit("escalation index").label("Mediator: talks threshold")
                .live("read from the next day on")
                .doc("The mediator convenes talks when the escalation index is at or above this value.").slider(0, 1);
        whole("mediator.talks_cooldown", 21, 0, 100000).unit("days").label("Mediator: talks cooldown")
                .live("read from the next day on")
                .doc("Days that must pass after one round of talks before the next.").slider(0, 120);
        bool("mediator.public_rebuke", true).label("Mediator: public rebuke")
                .live("read from the next day on")
                .doc("Whether the mediator publicly rebukes a side for a violation the peacekeepers verified.").slider(0, 0);
        number("mediator.rebuke_threshold", 4, 0, 1000).unit("severity points").label("Mediator: rebuke threshold")
                .live("read from the next day on")
                .doc("Smallest incident severity (see [rules](#9-rules)) that draws a public rebuke.").slider(0, 20);
        whole("mediator.commitment_days", 45, 1, 100000).unit("days").label("Mediator: commitment days")
                .live("read from the next day on")
                .doc("Half-life of the sides' commitment to the ceasefire (and of a rebuke's pressure): after this many days, half is left.").slider(1, 365);
        whole("mediator.rebuke_cooldown", 7, 0, 100000).unit("days").label("Mediator: rebuke cooldown")
                .live("read from the next day on")
                .doc("Days after publicly rebuking a side before the mediator rebukes the same side again.").slider(0, 60);
        whole("mediator.report_memory", 7, 1, 100000).unit("days").label("Mediator: report memory")
                .live("read from the next day on")
                .doc("Days a verified report stays on the mediator's desk, to be rebuked; a side likewise remembers for this long the incidents it has acknowledged, and regrets rather than denies them when rebuked.");
        number("mediator.hold_days", 30, 1, 100000).unit("days").label("Mediator: hold days")
                .live("applies to talks from the next day on")
                .doc("Expected duration of the hold-fire order agreed at successful talks: its half-life, before the other side's unverified violations erode it (verification is the peacekeepers' monitoring coverage).").slider(1, 365);
        share("mediator.hotline", 0).label("Mediator: hotline")
                .live("applies to talks from the next day on")
                .doc("Chance that a hotline between the commands, agreed at successful talks, stops a local incident from spreading (no retaliation order, no self-excitation) while the hold-fire order stands.").slider(0, 1);
        bool("rules.no_fire_across_line.enabled", true).label("No fire across line")
                .live("in force (or not) from the next act on")
                .doc("Whether the rule against fire is in force.").slider(0, 0);
        number("rules.no_fire_across_line.severity", 3, 0, 1000).unit("severity points").label("No fire across line: severity")
                .live("in force (or not) from the next act on")
                .doc("Weight of firing on the other side.").slider(0, 10);
        bool("rules.no_zone_entry.enabled", true).label("No zone entry")
                .live("in force (or not) from the next act on")
                .doc("Whether the rule against entering the listed zones is in force.").slider(0, 0);
        number("rules.no_zone_entry.severity", 4, 0, 1000).unit("severity points").label("No zone entry: severity")
                .live("in force (or not) from the next act on")
                .doc("Weight of an armed unit entering a closed zone.").slider(0, 10);
        names("rules.no_zone_entry.zones", List.of("peacekeeping", "buffer")).unit("zones or regions").label("No zone entry: zones")
                .live("the closed area is rebuilt; in force from the next move on")
                .doc("The zones and regions armed units may not enter.");
        bool("rules.no_forward_positions.enabled", true).label("No forward positions")
                .live("in force (or not) from the next act on")
                .doc("Whether the rule against new forward positions is in force.").slider(0, 0);
        number("rules.no_forward_positions.severity", 3, 0, 1000).unit("severity points").label("No forward positions: severity")
                .live("in force (or not) from the next act on")
                .doc("Weight of setting up a position beyond one's own line.").slider(0, 10);
        bool("rules.no_heavy_weapons_near_line.enabled", true).label("No heavy weapons near line")
                .live("in force (or not) from the next act on")
                .doc("Whether the rule keeping heavy weapons back from the line is in force.").slider(0, 0);
        number("rules.no_heavy_weapons_near_line.severity", 2, 0, 1000).unit("severity points").label("No heavy weapons near line: severity")
                .live("in force (or not) from the next act on")
                .doc("Weight of bringing artillery too close to the line.").slider(0, 10);
        whole("rules.no_heavy_weapons_near_line.distance", 4, 0, 10000).unit("steps from the line").label("No heavy weapons near line: distance")
                .live("in force (or not) from the next act on")
                .doc("Artillery may not be within this many cells of the line of contact.").slider(0, 20);
        bool("rules.no_drone_strikes.enabled", true).label("No drone strikes")
                .live("in force (or not) from the next act on")
                .doc("Whether drone strikes are forbidden.").slider(0, 0);
        number("rules.no_drone_strikes.severity", 5, 0, 1000).unit("severity points").label("No drone strikes: severity")
                .live("in force (or not) from the next act on")
                .doc("Weight of a drone strike (on top of the weight of firing).").slider(0, 10);
        bool("rules.comply_with_withdrawal.enabled", true).label("Comply with withdrawal")
                .live("in force (or not) from the next act on")
                .doc("Whether units must obey the peacekeepers' withdrawal demands.").slider(0, 0);
        number("rules.comply_with_withdrawal.severity", 3, 0, 1000).unit("severity points").label("Comply with withdrawal: severity")
                .live("in force (or not) from the next act on")
                .doc("Weight of refusing to withdraw.").slider(0, 10);
        share("dynamics.reaction", 0.15).unit("hostility per day").label("Dynamics: reaction")
                .live("read from the next day on")
                .doc("Richardson's reaction coefficient: hostility gained in a day at full perceived pressure from the other side's violations.")
                .source("Richardson (1960), reaction coefficient");
        share("dynamics.fatigue", 0.03).unit("share per day").label("Dynamics: fatigue")
                .live("read from the next day on")
                .doc("Richardson's fatigue coefficient: share of hostility lost each day.")
                .source("Richardson (1960), fatigue coefficient");
        share("dynamics.grievance_rate", 0.01).unit("hostility per day").label("Dynamics: grievance rate")
                .live("read from the next day on")
                .doc("Hostility gained each day per unit of standing grievance (`sides.A.grievance`).")
                .source("Richardson (1960), grievance term");
        number("dynamics.perception_scale", 8, 0.000001, 1000000).unit("severity points per day").label("Dynamics: perception scale")
                .live("read from the next day on")
                .doc("Perceived severity in a day at which pressure reaches 63% (1 - 1/e) of its maximum; larger values make sides thicker-skinned.");
        share("dynamics.opportunity", 0.08).unit("chance per day").label("Dynamics: opportunity")
                .live("read from the next day on")
                .doc("Chance each day that a unit within reach of the enemy has an opportunity to break the ceasefire; scales every violation rate.");
        share("dynamics.provocation_memory", 0.5).unit("share per day").label("Dynamics: provocation memory")
                .live("read from the next day on")
                .doc("Share of a unit's provocation (1 right after it is hit) kept from one day to the next.");
        number("dynamics.casualty_weight", 1, 0, 1000).unit("severity points per casualty").label("Dynamics: casualty weight")
                .live("read from the next day on")
                .doc("Weight each casualty adds to an incident when hostility and escalation weigh it.");
        whole("dynamics.retaliation_radius", 6, 0, 10000).unit("steps").label("Dynamics: retaliation radius")
                .live("read from the next day on")
                .doc("After a side is hit, its retaliation order reaches its units within this many cells of the hit.");
        share("dynamics.talks_relief", 0.5).unit("share of hostility").label("Dynamics: talks relief")
                .live("read from the next day on")
                .doc("Share of hostility that successful talks by a fully effective mediator remove.");
        share("dynamics.rebuke_pressure", 0.3).unit("rebuke pressure").label("Dynamics: rebuke pressure")
                .live("read from the next day on")
                .doc("Rebuke pressure added to a publicly rebuked side, a brake that leaves `1 - P` of its violations (MODEL.md E3, E15); it fades with the half-life `mediator.commitment_days`.");
        share("dynamics.rebuke_pressure_cap", 0.5).unit("rebuke pressure").label("Dynamics: rebuke pressure cap")
                .live("read from the next day on")
                .doc("The most rebuke pressure a side can carry however often it is rebuked, so rebukes alone remove at most this share of its violations.");
        share("dynamics.rebuke_resentment", 0.05).unit("hostility").label("Dynamics: rebuke resentment")
                .live("read from the next day on")
                .doc("Hostility a publicly rebuked side gains from the rebuke.");
        share("dynamics.rebuke_trust_cost", 0.15).unit("trust").label("Dynamics: rebuke trust cost")
                .live("read from the next day on")
                .doc("Trust in the mediator that a publicly rebuked side loses.");
        share("dynamics.propaganda", 0.05).unit("chance per day").label("Dynamics: propaganda")
                .live("read from the next day on")
                .doc("Chance per day, at full hostility, that a side publicly accuses the other of an attack that never happened.");
        share("dynamics.patrol_rate", 0.1).unit("chance per day").label("Dynamics: patrol rate")
                .live("read from the next day on")
                .doc("Chance each day that a unit with nothing else to do (out of the enemy's reach, not provoked, not under orders) moves one cell on its own ground.");
        share("dynamics.drone_provocation", 0.5).unit("provocation").label("Dynamics: drone provocation")
                .live("read from the next day on")
                .doc("Provocation (1 right after being hit, fading by `dynamics.provocation_memory` a day) at or above which a drone team strikes on its own; below it, drone teams strike only on orders.");
        whole("dynamics.perception_radius", 3, 0, 10000).unit("steps").label("Dynamics: perception radius")
                .live("read from the next day on")
                .doc("An incident that neither hit a side's units nor was detected by the peacekeepers still weighs on that side's hostility when one of its units is within this many cells of it.");
        share("dynamics.contagion", 0.03).unit("chance of fire per day").label("Dynamics: contagion")
                .live("read from the next day on")
                .doc("Self-excitation: chance of fire per day that one exchange of fire adds, before restraint, for every unit within `contagion_radius` of either end of it, decaying over `contagion_days` (a Hawkes-type process, MODEL.md E18).")
                .source("Mohler et al. (2011); Lewis et al. (2012)").slider(0, 0.1);
        number("dynamics.contagion_days", 3, 0.001, 1000000).unit("days").label("Dynamics: contagion days")
                .live("read from the next day on")
                .doc("Mean lifetime of self-excitation: it decays as exp(-days since / contagion_days).")
                .source("Lewis et al. (2012): excitation in Iraq decays within days");
        whole("dynamics.contagion_radius", 3, 0, 10000).unit("steps").label("Dynamics: contagion radius")
                .live("read from the next day on")
                .doc("Cells around the firing and the target cell of an exchange that its self-excitation reaches.");
        share("dynamics.contagion_cap", 0.5).unit("chance of fire per day").label("Dynamics: contagion cap")
                .live("read from the next day on")
                .doc("The most chance of fire per day that self-excitation can add on one cell, however many exchanges were near.");
        number("dynamics.violations_per_exchange", 2, 1, 1000).unit("violations per incident").label("Dynamics: violations per exchange")
                .live("read from the next day on")
                .doc("Mean number of violations the sides count in one exchange of small-arms or artillery fire (1 plus a Poisson draw); reported in the `violations` columns beside incidents.");
        share("dynamics.bombardment", 0.3).unit("chance per provocation").label("Dynamics: bombardment")
                .live("read from the next day on")
                .doc("Chance, at full hostility (half at none), that a command whose units suffered casualties from fire orders its artillery to bombard the firing position some days later; none under a full hold-fire order.")
                .slider(0, 1);
        number("dynamics.bombardment_delay", 3, 1, 1000).unit("days").label("Dynamics: bombardment delay")
                .live("read from the next day on")
                .doc("Mean days between the provocation and the ordered bombardment (a geometric delay of at least one day).");
        share("dynamics.truce_erosion", 0.5).unit("share per day").label("Dynamics: truce erosion")
                .live("read from the next day on")
                .doc("Share of a hold-fire order (after a recommitment or successful talks) that a day of full perceived pressure from the other side's violations erodes, as far as nothing verifies them (MODEL.md E17).");
        share("escalation.hostility_weight", 0.5).label("Escalation: hostility weight")
                .live("read from the next day on")
                .doc("Weight of the higher side's hostility in the index; the rest is the intensity of recent incidents.");
        number("escalation.intensity_scale", 12, 0.000001, 1000000).unit("severity points per day").label("Escalation: intensity scale")
                .live("read from the next day on")
                .doc("Smoothed daily severity at which intensity reaches 63% (1 - 1/e).");
        number("escalation.memory_days", 7, 0.001, 1000000).unit("days").label("Escalation: memory days")
                .live("read from the next day on")
                .doc("Time constant of the smoothing of daily severity: how long incidents keep weighing on the index.");
        number("escalation.levels.tension", 0.15, 0, 1).minExclusive().share().unit("escalation index").label("Escalation: tension threshold")
                .live("read from the next day on")
                .doc("Lowest index read as tension (below it: calm).");
        number("escalation.levels.incidents", 0.3, 0, 1).minExclusive().share().unit("escalation index").label("Escalation: incidents threshold")
                .live("read from the next day on")
                .doc("Lowest index read as incidents; must be above `tension`.");
        number("escalation.levels.skirmishes", 0.45, 0, 1).minExclusive().share().unit("escalation index").label("Escalation: skirmishes threshold")
                .live("read from the next day on")
                .doc("Lowest index read as skirmishes; must be above `incidents`.");
        number("escalation.levels.clashes", 0.6, 0, 1).minExclusive().share().unit("escalation index").label("Escalation: clashes threshold")
                .live("read from the next day on")
                .doc("Lowest index read as clashes; must be above `skirmishes`.");
        number("escalation.levels.open_war", 0.8, 0, 1).minExclusive().share().unit("escalation index").label("Escalation: open war threshold")
                .live("read from the next day on")
                .doc("Lowest index read as open war; must be above `clashes`.");
        whole("escalation.collapse_days", 7, 1, 100000).unit("days").label("Escalation: collapse days")
                .live("read from the next day on")
                .doc("Consecutive days at open war after which the ceasefire has collapsed.");
        List<ParameterSpec> all = new ArrayList<>();
        Map<String, ParameterSpec> byPath = new LinkedHashMap<>();
        for (Declaring d : PENDING) {
            ParameterSpec p = d.build();
            if (!Paths.canonical(p.path()).equals(p.path())) {
                throw new IllegalStateException(p.path() + " is not declared in its canonical spelling " + Paths.canonical(p.path()));
            }
            if (byPath.put(p.path(), p) != null) {
                throw new IllegalStateException(p.path() + " is declared twice");
            }
            all.add(p);
        }
        ALL = List.copyOf(all);
        BY_PATH = Collections.unmodifiableMap(byPath);
        PENDING.clear();
    }

    private ParameterRegistry() {
    }

    /** Every declared parameter, in the order of docs/SCENARIO.md (side A's before side B's). */
    public static List<ParameterSpec> all() {
        return ALL;
    }

    /** The declaration of a path ({@code sides.A.units.0.count} and {@code [0]} spellings alike), if it is a parameter. */
    public static Optional<ParameterSpec> find(String path) {
        if (path == null) {
            return Optional.empty();
        }
        // Readers and record checks ask with the declared spelling: no need to check and respell it.
        ParameterSpec exact = BY_PATH.get(path);
        if (exact != null) {
            return Optional.of(exact);
        }
        if (!Paths.isValid(path)) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_PATH.get(Paths.canonical(path)));
    }

    /** The declaration of a path that must be declared. */
    public static ParameterSpec get(String path) {
        return find(path).orElseThrow(() -> new IllegalArgumentException(path + " is not a declared parameter"));
    }

    /**
     * A short human label for a path ("A: discipline", "Peacekeepers: troops"); a path that is
     * no declared parameter (a unit group's count, say) is its own label.
     */
    public static String label(String path) {
        return find(path).map(ParameterSpec::label).orElse(shown(path));
    }

    /**
     * The unit of a path as charts show it ("days", "cells per day", "0 to 1" for a share), or
     * empty when it has none or is not declared.
     */
    public static String unit(String path) {
        return find(path).map(ParameterSpec::shownUnit).orElse("");
    }

    /** "label (unit)" for a chart's axis. */
    public static String axisLabel(String path) {
        return find(path).map(ParameterSpec::axisLabel).orElse(shown(path));
    }

    private static String shown(String path) {
        return Paths.isValid(path) ? Paths.canonical(path) : path;
    }

    // ---------------------------------------------------------------- declaring

    private static Declaring share(String path, double def) {
        return new Declaring(path, ParameterSpec.Type.SHARE, def, 0, 1);
    }

    private static Declaring number(String path, double def, double min, double max) {
        return new Declaring(path, ParameterSpec.Type.NUMBER, def, min, max);
    }

    private static Declaring whole(String path, int def, int min, int max) {
        return new Declaring(path, ParameterSpec.Type.WHOLE, def, min, max);
    }

    /** A count that may be left out for "no limit" (a weapon's stock). */
    private static Declaring unlimited(String path) {
        Declaring d = new Declaring(path, ParameterSpec.Type.WHOLE, null, 0, Integer.MAX_VALUE);
        d.defaultText = "`unlimited`";
        return d;
    }

    private static Declaring bool(String path, boolean def) {
        return new Declaring(path, ParameterSpec.Type.BOOLEAN, def, 0, 0);
    }

    private static Declaring choice(String path, String def, List<String> choices) {
        Declaring d = new Declaring(path, ParameterSpec.Type.CHOICE, def, 0, 0);
        d.choices = choices;
        return d;
    }

    private static Declaring text(String path, String def) {
        return new Declaring(path, ParameterSpec.Type.TEXT, def, 0, 0);
    }

    private static Declaring date(String path) {
        return new Declaring(path, ParameterSpec.Type.DATE, null, 0, 0);
    }

    private static Declaring names(String path, List<String> def) {
        return new Declaring(path, ParameterSpec.Type.NAME_LIST, def, 0, 0);
    }

    private static Declaring posts(String path) {
        return new Declaring(path, ParameterSpec.Type.POSTS, null, 0, 0);
    }

    /** A declaration being written; {@link #build()} turns it into a {@link ParameterSpec}. */
    private static final class Declaring {
        private final String path;
        private final ParameterSpec.Type type;
        private final Object def;
        private final double min;
        private final double max;
        private boolean minExclusive;
        private List<String> choices = List.of();
        private String unit = "";
        private String label;
        private String doc;
        private String source = ParameterSpec.ASSUMPTION;
        private String onChange = "";
        private ParameterSpec.Slider slider;
        private String defaultText;
        private String range;
        private boolean shareType;

        Declaring(String path, ParameterSpec.Type type, Object def, double min, double max) {
            this.path = path;
            this.type = type;
            this.def = def;
            this.min = min;
            this.max = max;
            PENDING.add(this);
        }

        Declaring unit(String u) {
            unit = u;
            return this;
        }

        Declaring label(String l) {
            label = l;
            return this;
        }

        Declaring doc(String d) {
            doc = d;
            return this;
        }

        Declaring source(String s) {
            source = s;
            return this;
        }

        /** It may change during a run; {@code what} says what the change does or resets. */
        Declaring live(String what) {
            onChange = what;
            return this;
        }

        Declaring slider(double from, double to) {
            slider = new ParameterSpec.Slider(from, to, 0);
            return this;
        }

        /** A slider that reaches at least {@code factor} times the scenario's own value. */
        Declaring slider(double from, double to, double factor) {
            slider = new ParameterSpec.Slider(from, to, factor);
            return this;
        }

        Declaring defaultText(String t) {
            defaultText = t;
            return this;
        }

        Declaring range(String r) {
            range = r;
            return this;
        }

        Declaring minExclusive() {
            minExclusive = true;
            return this;
        }

        /** A number in a range within [0, 1], documented as a share. */
        Declaring share() {
            shareType = true;
            return this;
        }

        ParameterSpec build() {
            ParameterSpec.Type t = shareType ? ParameterSpec.Type.SHARE : type;
            Object value = def;
            if (value instanceof Double d && t == ParameterSpec.Type.WHOLE) {
                value = (int) Math.rint(d);
            }
            String shownDefault = defaultText != null ? defaultText : defaultOf(t, value);
            String shownRange = range != null ? range : rangeOf(t);
            return new ParameterSpec(path, t, unit, value, Objects.requireNonNull(shownDefault, path + ": default text"), min, max,
                    minExclusive, choices, Objects.requireNonNull(shownRange, path + ": range text"), !onChange.isEmpty(), onChange,
                    Objects.requireNonNull(label, path + ": label"), Objects.requireNonNull(doc, path + ": description"), source, slider);
        }

        private static String defaultOf(ParameterSpec.Type t, Object value) {
            if (value == null) {
                return null;
            }
            if (value instanceof Number n) {
                return "`" + ParameterSpec.plain(n.doubleValue()) + "`";
            }
            if (value instanceof List<?> l) {
                return "`[" + String.join(", ", l.stream().map(String::valueOf).toList()) + "]`";
            }
            return "`" + value + "`";
        }

        private String rangeOf(ParameterSpec.Type t) {
            return switch (t) {
                case SHARE, NUMBER, WHOLE -> ParameterSpec.numericRange(min, max, minExclusive);
                case CHOICE -> ParameterSpec.choiceRange(choices);
                case BOOLEAN -> "—";
                case TEXT -> "any";
                case DATE -> "any date";
                case NAME_LIST -> "existing zones or regions";
                case POSTS -> null;
            };
        }
    }
}
