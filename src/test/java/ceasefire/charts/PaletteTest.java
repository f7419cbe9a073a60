package ceasefire.charts;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.rules.IncidentType;
import ceasefire.scenario.SideKey;
import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared palette stays readable for colour-blind readers and keeps incidents apart from the sides (issue 10). */
class PaletteTest {

    private static final List<Color> ACTORS = List.of(Palette.SIDE_A, Palette.SIDE_B, Palette.PEACEKEEPERS, Palette.MEDIATOR);

    @Test
    void incidentTypesAreNeitherTheSidesColoursNorTheirHues() {
        for (IncidentType t : IncidentType.values()) {
            for (SideKey s : SideKey.values()) {
                assertNotEquals(Palette.side(s), Palette.type(t), t.label());
            }
            float[] hsb = Color.RGBtoHSB(Palette.type(t).getRed(), Palette.type(t).getGreen(), Palette.type(t).getBlue(), null);
            boolean blue = hsb[1] > 0.3f && hsb[0] > 0.5f && hsb[0] < 0.7f;
            assertTrue(!blue, t.label() + " is a blue, like side A's units");
        }
    }

    @Test
    void everyTypeStaysDistinctInNormalVisionDeuteranopiaAndProtanopia() {
        // CIELAB (CIE76) distance after Machado et al.'s (2009) simulation at full severity; 10 is
        // about where two small marks stop being confused at a glance. The set in use reaches 14.6.
        IncidentType[] types = IncidentType.values();
        for (double[][] vision : List.of(ColourVision.NORMAL, ColourVision.DEUTERANOPIA, ColourVision.PROTANOPIA)) {
            for (int i = 0; i < types.length; i++) {
                Color a = Palette.type(types[i]);
                for (int j = i + 1; j < types.length; j++) {
                    double d = ColourVision.distance(a, Palette.type(types[j]), vision);
                    assertTrue(d >= 14, types[i].label() + " / " + types[j].label() + ": " + d);
                }
                for (Color actor : ACTORS) {
                    double d = ColourVision.distance(a, actor, vision);
                    assertTrue(d >= 14, types[i].label() + " / " + actor + ": " + d);
                }
            }
        }
    }

    @Test
    void theSimulationIsMachadosMatrix() {
        // Pure red as a protanope sees it: dark yellow-brown (hand-computed from the matrix).
        Color red = ColourVision.simulate(Color.RED, ColourVision.PROTANOPIA);
        assertTrue(red.getRed() < 120 && red.getGreen() > 90 && red.getBlue() < 20, red.toString());
        Color grey = ColourVision.simulate(new Color(128, 128, 128), ColourVision.DEUTERANOPIA);
        assertTrue(Math.abs(grey.getRed() - 128) <= 1 && Math.abs(grey.getGreen() - 128) <= 1, grey.toString());
    }
}
