package ceasefire.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.TestFiles;
import ceasefire.model.ConflictModel;
import ceasefire.scenario.SideKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Under an interpose mandate every cell next to a site is blocked, whatever the sensor radius (D6). */
class InterpositionTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void allEightNeighboursOfAPostAreBlocked(int sensorRadius) throws IOException {
        // Before the fix: radius 1 left the 4 diagonals open, radius 0 all 8 neighbours.
        Path file = dir.resolve("interpose.yaml");
        Files.writeString(file, """
                name: interpose
                run: {days: 1, seed: 1}
                map:
                  legend:
                    ".": {terrain: open, control: A}
                    "p": {terrain: open, control: peacekeeping}
                    ":": {terrain: open, control: B}
                  rows: |
                    ..ppppp..
                    ..ppppp::
                    ..ppppp::
                    ..ppppp::
                    ..ppppp::
                sides:
                  A:
                    units:
                      - {kind: infantry, count: 1, cells: [[0, 0]]}
                  B:
                    units:
                      - {kind: infantry, count: 1, cells: [[8, 4]]}
                peacekeepers:
                  troops: 30
                  posts: [[4, 2]]
                  mandate: interpose
                  sensor_radius: %d
                """.formatted(sensorRadius));
        ConflictModel m = new ConflictModel(TestFiles.load(file));
        m.start();
        int blocked = 0;
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                blocked += m.peacekeepers().blocks(SideKey.A, 4 + dx, 2 + dy) ? 1 : 0;
            }
        }
        assertEquals(9, blocked, "the post's cell and its 8 neighbours");
        assertTrue(!m.peacekeepers().blocks(SideKey.A, 4, 0), "two cells away is not blocked");
    }
}
