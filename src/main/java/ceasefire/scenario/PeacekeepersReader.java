package ceasefire.scenario;

import static ceasefire.scenario.Declared.choice;
import static ceasefire.scenario.Declared.names;
import static ceasefire.scenario.Declared.real;
import static ceasefire.scenario.Declared.text;
import static ceasefire.scenario.Declared.whole;

import ceasefire.scenario.yaml.Section;
import ceasefire.scenario.yaml.TreeReader;
import ceasefire.scenario.yaml.YamlNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code peacekeepers} section; posts are either listed as cells or asked for as
 * {@code {count, region}}, placed once the map is known.
 */
final class PeacekeepersReader {

    private PeacekeepersReader() {
    }

    /** Automatic post placement: {@code posts: {count: N, region: peacekeeping}}. */
    record PostsAuto(int count, String region, int line, String source) {
    }

    static PeacekeepersSpec read(Section s) {
        String name = text(s, "name");
        int troops = whole(s, "troops");
        List<Cell> posts = new ArrayList<>();
        YamlNode postsNode = s.rawNode("posts");
        if (postsNode != null && !postsNode.isSection()) {
            posts.addAll(s.cells("posts"));
        }
        int garrison = whole(s, "post_garrison");
        int patrolSize = whole(s, "patrol_size");
        int patrolSpeed = whole(s, "patrol_speed");
        List<String> patrolZones = names(s, "patrol_zones");
        int radius = whole(s, "sensor_radius");
        Section det = s.section("detection");
        Map<Terrain, Double> detection = new EnumMap<>(Terrain.class);
        for (Terrain t : Terrain.values()) {
            if (t.passable()) {
                detection.put(t, real(det, t.yamlName()));
            }
        }
        det.done();
        double deterrence = real(s, "deterrence");
        Mandate mandate = choice(s, "mandate", Mandate.class, Mandate::yamlName);
        double credibility = real(s, "credibility");
        double attribution = real(s, "attribution_accuracy");
        int interval = whole(s, "demand_interval");
        int observers = whole(s, "observers");
        int observerTeam = whole(s, "observer_team");
        double presence = real(s, "presence");
        double density = real(s, "reference_density");
        int depth = whole(s, "sector_depth");
        double monitoring = real(s, "monitoring");
        // An observe-only mandate watches and reports; only a scenario that says so has it demand withdrawals.
        boolean demands = s.bool("withdrawal_demands", mandate == Mandate.INTERPOSE);
        return new PeacekeepersSpec(name, troops, posts, garrison, patrolSize, patrolSpeed, patrolZones, radius, detection,
                deterrence, mandate, credibility, attribution, interval, observers, observerTeam, presence, density, depth,
                monitoring, demands);
    }

    static PostsAuto readAutoPosts(Section s) {
        YamlNode postsNode = s.rawNode("posts");
        if (postsNode == null || !postsNode.isSection()) {
            return null;
        }
        Section p = s.section("posts");
        if (!p.has("count")) {
            p.problem("count", "is missing; automatic posts need count and region (or give posts as a list of cells)");
        }
        int count = whole(p, "count");
        String region = text(p, "region");
        p.done();
        return new PostsAuto(count, region, p.line(), p.source());
    }

    /**
     * The peacekeepers with {@code auto.count} posts spread over the region by
     * {@link Geography#spreadPosts}; a region the map lacks, or one too small, is reported instead.
     */
    static PeacekeepersSpec withPosts(PeacekeepersSpec pk, PostsAuto auto, Geography g, TreeReader r) {
        if (!g.hasZone(auto.region())) {
            r.problem(auto.source(), auto.line(), "peacekeepers.posts.region",
                    "'" + auto.region() + "' is not a zone or region" + Names.didYouMean(auto.region(), g.zoneNames()));
            return pk;
        }
        List<Cell> candidates = g.cellsOf(auto.region(), 0, Integer.MAX_VALUE);
        if (candidates.size() < auto.count()) {
            r.problem(auto.source(), auto.line(), "peacekeepers.posts.count",
                    auto.count() + " posts do not fit on the " + candidates.size() + " passable cells of " + auto.region());
            return pk;
        }
        return pk.withPosts(g.spreadPosts(candidates, auto.count()));
    }
}
