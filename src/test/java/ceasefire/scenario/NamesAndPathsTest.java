package ceasefire.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Suggestions for misspelt names, and the one path syntax. */
class NamesAndPathsTest {

    @Test
    void typosGetTheNearestName() {
        assertEquals(Optional.of("aggressiveness"), Names.nearest("agressiveness", List.of("ambition", "aggressiveness")));
        assertEquals(Optional.of("troops"), Names.nearest("trops", List.of("troops", "posts")));
        assertEquals(Optional.of("mandate"), Names.nearest("madnate", List.of("mandate", "name")), "a transposition is one edit");
        assertEquals(Optional.empty(), Names.nearest("xyz", List.of("aggressiveness")), "no wild guesses");
    }

    @Test
    void pathsAreCanonicalised() {
        assertEquals("sides.A.units[0].count", Paths.canonical("sides.A.units.0.count"));
        assertEquals("sides.A.units[0].count", Paths.canonical("sides.A.units[0].count"));
        assertEquals("mediator.attention", Paths.canonical(" mediator.attention "));
        assertTrue(Paths.isValid("rules.no_drone_strikes.enabled"));
        assertFalse(Paths.isValid("a..b"));
        assertFalse(Paths.isValid(""));
        assertThrows(IllegalArgumentException.class, () -> Paths.canonical("=x"));
    }
}
