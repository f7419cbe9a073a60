package ceasefire.agents;

import ceasefire.events.Incident;
import ceasefire.events.NarrativeEvent;
import ceasefire.scenario.Cell;
import ceasefire.scenario.Control;
import ceasefire.scenario.Geography;
import ceasefire.scenario.Mandate;
import ceasefire.scenario.PeacekeepersSpec;
import ceasefire.scenario.SideKey;
import ceasefire.scenario.Terrain;
import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import sim.field.grid.SparseGrid2D;

/**
 * The peacekeeping contingent. Its posts and patrols detect violations within their sensor
 * radius (terrain-dependent, in proportion to staffing), attribute them (rightly or wrongly),
 * deter nearby units, demand that units leave the zone of responsibility, and report what they
 * verified to the mediator. Its coverage is kept as flat per-cell arrays, rebuilt each morning
 * from the sites' positions, so every unit reads its deterrence in O(1).
 */
public final class PeacekeepingContingent {

    private static final int[] DX = {-1, 0, 1, -1, 1, -1, 0, 1};
    private static final int[] DY = {-1, -1, -1, 0, 0, 1, 1, 1};

    private PeacekeepersSpec spec;
    private int troops;
    private final List<Post> posts = new ArrayList<>();
    private final List<Patrol> patrols = new ArrayList<>();
    private final List<ObserverTeam> teams = new ArrayList<>();
    /** Cells within sector_depth of the patrol zones: where presence and monitoring are felt. */
    private boolean[] inSector;
    private double presenceDeterrence;
    private double blameRisk;
    private double monitoringCoverage;
    private final SparseGrid2D field;
    private final Geography geography;
    private final double[] detection;
    private final double[] deterrence;
    private final boolean[] blocked;
    private int[] touched = new int[64];
    private static final Terrain[] TERRAINS = Terrain.values();
    /** {@code spec.detectionOn} by terrain ordinal, refreshed at every recomputation of coverage. */
    private final double[] detectionByTerrain = new double[TERRAINS.length];
    private int touchedCount;
    private boolean[] patrolArea;
    private List<Cell> patrolCells;
    private final List<Incident> reports = new ArrayList<>();
    private final List<Cell> incursions = new ArrayList<>();
    private int demandsIssued;
    private int violationsVerified;

    public PeacekeepingContingent(Day m, PeacekeepersSpec spec, SparseGrid2D field) {
        this.spec = spec;
        this.troops = spec.troops();
        this.field = field;
        this.geography = m.geography();
        int n = geography.cells();
        detection = new double[n];
        deterrence = new double[n];
        blocked = new boolean[n];
        rebuildPatrolArea();
        rebuildPosts();
        reconcilePatrols(m.random());
        recomputeSector();
        recomputeCoverage();
    }

    // ---------------------------------------------------------------- daily cycle

    /** Morning: patrols move, coverage and deterrence are rebuilt. */
    public void beginDay(Day m) {
        movePatrols(m.random());
        recomputeCoverage();
    }

    /**
     * Evening: demand withdrawals from units seen in the zone of responsibility, report the
     * day's verified violations to the mediator.
     */
    public void endDay(Theatre m, Military a, Military b, Mediator mediator) {
        incursions.clear();
        if (troops > 0 && spec.withdrawalDemands()) {
            demand(m, a);
            demand(m, b);
        }
        if (!reports.isEmpty()) {
            reportTo(m, mediator, a);
            reportTo(m, mediator, b);
            reports.clear();
        }
    }

    private void demand(Theatre m, Military side) {
        MersenneTwisterFast random = m.random();
        int day = m.day();
        int issued = 0;
        List<Cell> demanded = new ArrayList<>();
        for (Unit u : side.unitsForward()) {
            if (u.withdrawing()) {
                // It has agreed to leave and is on its way: asking again would only count its one
                // withdrawal twice, or record a "refusal" of a unit that is leaving.
                continue;
            }
            int i = geography.index(u.x(), u.y());
            if (!geography.controlAt(i).separating() || detection[i] <= 0 || random.nextDouble() >= detection[i]) {
                continue;
            }
            incursions.add(new Cell(u.x(), u.y()));
            if (u.demandWithdrawal(day, spec.demandInterval())) {
                issued++;
                demanded.add(new Cell(u.x(), u.y()));
                Site s = nearestSite(u.x(), u.y());
                if (s != null) {
                    s.countDemand();
                }
            }
        }
        if (issued > 0) {
            demandsIssued += issued;
            m.countDemands(issued);
            m.narrate(new NarrativeEvent.WithdrawalDemand(side.side(), demanded));
        }
    }

    private void reportTo(Theatre m, Mediator mediator, Military side) {
        Incident worst = null;
        int count = 0;
        for (Incident i : reports) {
            if (i.attributedTo() == side.side()) {
                count++;
                mediator.receive(i);
                if (worst == null || i.severity() + i.casualties() > worst.severity() + worst.casualties()) {
                    worst = i;
                }
            }
        }
        if (worst != null) {
            m.narrate(new NarrativeEvent.Report(side.side(), count, worst));
        }
    }

    /** A violation the contingent detected today (called by the model as it happens). */
    public void report(Incident incident) {
        reports.add(incident);
        violationsVerified++;
        Site s = nearestSite(incident.x(), incident.y());
        if (s != null) {
            s.countDetection();
        }
    }

    // ---------------------------------------------------------------- coverage

    private void recomputeCoverage() {
        for (int k = 0; k < touchedCount; k++) {
            int i = touched[k];
            detection[i] = 0;
            deterrence[i] = 0;
            blocked[i] = false;
        }
        touchedCount = 0;
        // Detection per terrain, read once a morning rather than from the spec's map for every
        // cell of every site (the same doubles, so the same coverage).
        for (Terrain t : TERRAINS) {
            detectionByTerrain[t.ordinal()] = spec.detectionOn(t);
        }
        int r = spec.sensorRadius();
        for (Site s : teams) {
            cover(s, r, false, false);
        }
        if (troops <= 0) {
            return;
        }
        boolean interpose = spec.mandate() == Mandate.INTERPOSE;
        if (teams.isEmpty() && postLayer != null && postLayerSpec == spec && postLayerTroops == troops) {
            postLayer.restore(this);
        } else {
            for (Site s : posts) {
                cover(s, r, interpose, true);
            }
            postLayer = teams.isEmpty() ? new PostLayer(this) : null;
            postLayerSpec = spec;
            postLayerTroops = troops;
        }
        for (Site s : patrols) {
            cover(s, r, interpose, true);
        }
    }

    /**
     * The coverage of the posts alone (they do not move), kept so that the morning rebuild only
     * adds the patrols: the cells the posts touched, in order, with their values. Valid while
     * the spec and troops (so the posts, their staffing and sensors) are those it was made with,
     * and only without observer teams, which are laid down first. Restoring it leaves the arrays
     * and the touched list exactly as covering the posts again would.
     */
    private PostLayer postLayer;
    private PeacekeepersSpec postLayerSpec;
    private int postLayerTroops;

    private record PostLayer(int[] cells, double[] detection, double[] deterrence, boolean[] blocked) {

        PostLayer(PeacekeepingContingent c) {
            this(java.util.Arrays.copyOf(c.touched, c.touchedCount), new double[c.touchedCount], new double[c.touchedCount],
                    new boolean[c.touchedCount]);
            for (int k = 0; k < cells.length; k++) {
                int i = cells[k];
                detection[k] = c.detection[i];
                deterrence[k] = c.deterrence[i];
                blocked[k] = c.blocked[i];
            }
        }

        void restore(PeacekeepingContingent c) {
            for (int k = 0; k < cells.length; k++) {
                int i = cells[k];
                c.detection[i] = detection[k];
                c.deterrence[i] = deterrence[k];
                c.blocked[i] = blocked[k];
                c.touch(i);
            }
        }
    }

    /**
     * The sector the force covers (cells within sector_depth steps of its patrol zones) and what
     * is felt across it: the presence of armed troops and the risk of being seen and blamed
     * (E19-E21). Rebuilt when the force or its parameters change, not every day.
     */
    private void recomputeSector() {
        int n = geography.cells();
        inSector = new boolean[n];
        int depth = spec.sectorDepth();
        int w = geography.width();
        int h = geography.height();
        int[] dist = new int[n];
        java.util.Arrays.fill(dist, Integer.MAX_VALUE);
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        for (Cell c : patrolCells) {
            int i = geography.index(c.x(), c.y());
            dist[i] = 0;
            queue[tail++] = i;
        }
        while (head < tail) {
            int i = queue[head++];
            inSector[i] = true;
            if (dist[i] >= depth) {
                continue;
            }
            int x = i % w;
            int y = i / w;
            for (int d = 0; d < 8; d++) {
                int nx = x + DX[d];
                int ny = y + DY[d];
                if (nx >= 0 && ny >= 0 && nx < w && ny < h) {
                    int j = ny * w + nx;
                    if (dist[j] == Integer.MAX_VALUE) {
                        dist[j] = dist[i] + 1;
                        queue[tail++] = j;
                    }
                }
            }
        }
        double cells = patrolCells.size();
        presenceDeterrence = Equations.presenceDeterrence(spec.presence(), troops, cells, spec.referenceDensity());
        monitoringCoverage = Equations.monitoringCoverage(troops + (double) spec.observers(), cells, spec.referenceDensity());
        blameRisk = Equations.blameRisk(spec.monitoring(), monitoringCoverage, spec.attributionAccuracy());
    }

    private void cover(Site s, int r, boolean interpose, boolean armed) {
        if (s.staffing() <= 0) {
            return;
        }
        int r2 = r * r;
        // Interposition blocks every cell next to a site, even where the sensor disc is smaller
        // (sensor_radius 0 or 1 leaves out the diagonals or all neighbours).
        int reach = interpose ? Math.max(r, 1) : r;
        int w = geography.width();
        int h = geography.height();
        double staffing = s.staffing();
        double deters = spec.deterrence() * staffing;
        double[] byTerrain = detectionByTerrain;
        for (int dy = -reach; dy <= reach; dy++) {
            int y = s.y() + dy;
            if (y < 0 || y >= h) {
                continue;
            }
            for (int dx = -reach; dx <= reach; dx++) {
                int x = s.x() + dx;
                boolean sensed = dx * dx + dy * dy <= r2;
                boolean adjacent = interpose && Math.abs(dx) <= 1 && Math.abs(dy) <= 1;
                if (x < 0 || x >= w || !(sensed || adjacent)) {
                    continue;
                }
                int i = geography.index(x, y);
                if (detection[i] == 0 && deterrence[i] == 0 && !blocked[i]) {
                    touch(i);
                }
                if (sensed) {
                    detection[i] = Equations.either(detection[i], byTerrain[geography.terrainAt(i).ordinal()] * staffing);
                    if (armed) {
                        deterrence[i] = Equations.either(deterrence[i], deters);
                    }
                }
                if (adjacent) {
                    blocked[i] = true;
                }
            }
        }
    }

    private void touch(int i) {
        if (touchedCount == touched.length) {
            touched = java.util.Arrays.copyOf(touched, touched.length * 2);
        }
        touched[touchedCount++] = i;
    }

    /** Chance that a violation on this cell is detected today. */
    public double detectionAt(int x, int y) {
        return detection[geography.index(x, y)];
    }

    /**
     * Deterrence felt on this cell, in [0, 1]: that of the posts and patrols within sensor
     * radius, combined (E9) with the presence of armed troops across the sector (E19).
     */
    public double deterrenceAt(int x, int y) {
        int i = geography.index(x, y);
        return inSector[i] ? Equations.either(deterrence[i], presenceDeterrence) : deterrence[i];
    }

    /** The risk of being detected, attributed and blamed that deters fire from this cell (E21). */
    public double blameRiskAt(int x, int y) {
        return inSector[geography.index(x, y)] ? blameRisk : 0;
    }

    /** Monitoring coverage of the sector (E20), in [0, 1]: what verifies an agreement reached at talks. */
    public double monitoringCoverage() {
        return monitoringCoverage;
    }

    /** Whether interposing peacekeepers stand in the way of a side's unit entering this cell. */
    public boolean blocks(SideKey side, int x, int y) {
        return blocked[geography.index(x, y)] && geography.control(x, y) != Control.of(side);
    }

    // ---------------------------------------------------------------- sites

    private void rebuildPatrolArea() {
        patrolArea = new boolean[geography.cells()];
        patrolCells = new ArrayList<>();
        for (String zone : spec.patrolZones()) {
            for (Cell c : geography.cellsOf(zone, 0, Integer.MAX_VALUE)) {
                int i = geography.index(c.x(), c.y());
                if (!patrolArea[i]) {
                    patrolArea[i] = true;
                    patrolCells.add(c);
                }
            }
        }
    }

    private void rebuildPosts() {
        for (Post p : posts) {
            field.remove(p);
        }
        posts.clear();
        double staffing = Equations.postStaffing(troops, spec.posts().size(), spec.postGarrison());
        for (Cell c : spec.posts()) {
            Post p = new Post(c.x(), c.y(), staffing);
            posts.add(p);
            field.setObjectLocation(p, c.x(), c.y());
        }
    }

    private void reconcilePatrols(MersenneTwisterFast random) {
        double staffing = Equations.postStaffing(troops, spec.posts().size(), spec.postGarrison());
        for (Post p : posts) {
            p.staff(staffing);
        }
        int wanted = troops <= 0 || patrolCells.isEmpty() ? 0 : Equations.patrols(troops, spec.posts().size(), spec.postGarrison(), spec.patrolSize());
        while (patrols.size() > wanted) {
            Patrol p = patrols.remove(patrols.size() - 1);
            field.remove(p);
        }
        while (patrols.size() < wanted) {
            Cell c = patrolCells.get(random.nextInt(patrolCells.size()));
            Patrol p = new Patrol(c.x(), c.y());
            patrols.add(p);
            field.setObjectLocation(p, c.x(), c.y());
        }
        int teamsWanted = patrolCells.isEmpty() ? 0 : spec.observerTeams();
        while (teams.size() > teamsWanted) {
            field.remove(teams.remove(teams.size() - 1));
        }
        while (teams.size() < teamsWanted) {
            Cell c = patrolCells.get(random.nextInt(patrolCells.size()));
            ObserverTeam t = new ObserverTeam(c.x(), c.y());
            teams.add(t);
            field.setObjectLocation(t, c.x(), c.y());
        }
    }

    private void movePatrols(MersenneTwisterFast random) {
        boolean interpose = spec.mandate() == Mandate.INTERPOSE;
        List<Site> moving = new ArrayList<>(patrols);
        moving.addAll(teams);
        for (Site p : moving) {
            // Observer teams never chase: they watch, they do not stand in the way.
            Cell goal = interpose && p instanceof Patrol ? nearest(incursions, p.x(), p.y()) : null;
            int fromX = p.x();
            int fromY = p.y();
            for (int step = 0; step < spec.patrolSpeed(); step++) {
                int bestX = -1;
                int bestY = -1;
                if (goal != null) {
                    int here = Math.max(Math.abs(goal.x() - p.x()), Math.abs(goal.y() - p.y()));
                    for (int d = 0; d < 8; d++) {
                        int nx = p.x() + DX[d];
                        int ny = p.y() + DY[d];
                        if (geography.contains(nx, ny) && geography.passable(nx, ny)
                                && Math.max(Math.abs(goal.x() - nx), Math.abs(goal.y() - ny)) < here) {
                            here = Math.max(Math.abs(goal.x() - nx), Math.abs(goal.y() - ny));
                            bestX = nx;
                            bestY = ny;
                        }
                    }
                } else {
                    int d = random.nextInt(8);
                    int nx = p.x() + DX[d];
                    int ny = p.y() + DY[d];
                    if (geography.contains(nx, ny) && patrolArea[geography.index(nx, ny)] && geography.passable(nx, ny)) {
                        bestX = nx;
                        bestY = ny;
                    }
                }
                if (bestX >= 0) {
                    p.moveTo(bestX, bestY);
                }
            }
            if (p.x() != fromX || p.y() != fromY) {
                // MASON's field ignores a move to where the site already is; skip its hash look-ups.
                field.setObjectLocation(p, p.x(), p.y());
            }
        }
    }

    private static Cell nearest(List<Cell> cells, int x, int y) {
        Cell best = null;
        int bestD = Integer.MAX_VALUE;
        for (Cell c : cells) {
            int d = Math.max(Math.abs(c.x() - x), Math.abs(c.y() - y));
            if (d < bestD) {
                bestD = d;
                best = c;
            }
        }
        return best;
    }

    /** The site within sensor radius of (x, y) nearest it; on a tie the last of posts, patrols, teams. */
    private Site nearestSite(int x, int y) {
        Site best = null;
        int bestD = spec.sensorRadius() * spec.sensorRadius();
        for (List<? extends Site> sites : List.of(posts, patrols, teams)) {
            for (Site s : sites) {
                int d = (s.x() - x) * (s.x() - x) + (s.y() - y) * (s.y() - y);
                if (d <= bestD) {
                    bestD = d;
                    best = s;
                }
            }
        }
        return best;
    }


    // ---------------------------------------------------------------- changes

    /** Troops arrive ({@code delta > 0}) or leave. */
    public void changeTroops(Day m, int delta) {
        troops = Math.max(0, troops + delta);
        reconcilePatrols(m.random());
        recomputeSector();
        recomputeCoverage();
    }

    /** New parameters mid-run; troops and posts are reset only when they changed. */
    public void reconfigure(Day m, PeacekeepersSpec next, boolean troopsChanged) {
        boolean postsChanged = !next.posts().equals(spec.posts());
        boolean zonesChanged = !next.patrolZones().equals(spec.patrolZones());
        spec = next;
        if (troopsChanged) {
            troops = next.troops();
        }
        if (zonesChanged) {
            rebuildPatrolArea();
        }
        if (postsChanged) {
            rebuildPosts();
        }
        reconcilePatrols(m.random());
        recomputeSector();
        recomputeCoverage();
    }

    // ---------------------------------------------------------------- queries

    public String name() {
        return spec.name();
    }

    public int troops() {
        return troops;
    }

    public double credibility() {
        return spec.credibility();
    }

    public double attributionAccuracy() {
        return spec.attributionAccuracy();
    }

    public int sensorRadius() {
        return spec.sensorRadius();
    }

    public List<Post> posts() {
        return List.copyOf(posts);
    }

    public List<Patrol> patrols() {
        return List.copyOf(patrols);
    }

    public int patrolCount() {
        return patrols.size();
    }

    /** Teams of unarmed observers in the field. */
    public List<ObserverTeam> observerTeams() {
        return List.copyOf(teams);
    }

    public int demandsIssued() {
        return demandsIssued;
    }

    public int violationsVerified() {
        return violationsVerified;
    }
}
