package ceasefire.gui;

/** Lets GUI tests outside this package skip, with the same notice, when there is no display. */
public final class GuiFixturesAccess {

    private GuiFixturesAccess() {
    }

    public static void assumeDisplay() {
        GuiFixtures.assumeDisplay();
    }
}
