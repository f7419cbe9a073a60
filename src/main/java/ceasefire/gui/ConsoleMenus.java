package ceasefire.gui;

import ceasefire.scenario.Overrides;
import ceasefire.scenario.Problem;
import ceasefire.scenario.Scenario;
import ceasefire.scenario.ScenarioDocument;
import ceasefire.scenario.ScenarioException;
import java.awt.Component;
import java.awt.Toolkit;
import java.awt.event.KeyEvent;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JFileChooser;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.KeyStroke;
import javax.swing.filechooser.FileNameExtensionFilter;
import sim.display.Console;

/**
 * Fits MASON's Console menus to this program: File gets "Open Scenario..." (another scenario
 * file, in a fresh Console, without restarting the program); MASON's checkpoint entries (Open,
 * Save, Save As) and "New Simulation" (MASON's demo models) go, as they cannot work with this
 * model and would only fail.
 */
final class ConsoleMenus {

    static final String OPEN_SCENARIO = "Open Scenario...";
    /** MASON's File entries that are removed. */
    static final List<String> REMOVED = List.of("New Simulation...", "Open...", "Save", "Save As...");

    private ConsoleMenus() {
    }

    static void adapt(Console console, ConflictWithUI gui) {
        JMenu file = fileMenu(console.getJMenuBar());
        if (file == null) {
            return;
        }
        for (int i = file.getItemCount() - 1; i >= 0; i--) {
            JMenuItem item = file.getItem(i);
            if (item != null && REMOVED.contains(item.getText())) {
                file.remove(i);
            }
        }
        JMenuItem open = new JMenuItem(OPEN_SCENARIO);
        open.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_O, Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx()));
        open.addActionListener(e -> openScenario(console, gui));
        file.insert(open, 0);
        file.insertSeparator(1);
    }

    static JMenu fileMenu(JMenuBar bar) {
        if (bar == null) {
            return null;
        }
        for (int i = 0; i < bar.getMenuCount(); i++) {
            JMenu m = bar.getMenu(i);
            if (m != null && "File".equals(m.getText())) {
                return m;
            }
        }
        return null;
    }

    /** Asks for a scenario file and opens it in a new Console, closing this one. */
    static void openScenario(Console console, ConflictWithUI gui) {
        JFileChooser chooser = new JFileChooser(startDirectory(gui));
        chooser.setDialogTitle("Open a scenario");
        chooser.setFileFilter(new FileNameExtensionFilter("Scenario files (*.yaml, *.yml)", "yaml", "yml"));
        if (chooser.showOpenDialog(console) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path file = chooser.getSelectedFile().toPath();
        try {
            replace(console, file);
        } catch (ScenarioException e) {
            showProblems(console, file, e);
        }
    }

    /**
     * Opens {@code file} in a new Console and closes {@code old} (the program goes on, as
     * another Console is open). Throws, leaving {@code old} as it was, when the file has
     * problems. Returns the new Console.
     */
    static Console replace(Console old, Path file) throws ScenarioException {
        ScenarioDocument doc = ScenarioDocument.load(file);
        Scenario s = doc.bind();
        Console next = GuiLauncher.open(new ConflictWithUI(s, doc, Overrides.none(), null));
        old.doClose();
        return next;
    }

    private static File startDirectory(ConflictWithUI gui) {
        Path source = Path.of(gui.model().scenario().source()).toAbsolutePath().getParent();
        return source != null && Files.isDirectory(source) ? source.toFile() : new File(".");
    }

    static void showProblems(Component parent, Path file, ScenarioException e) {
        StringBuilder text = new StringBuilder(file + " cannot be opened:\n\n");
        int shown = 0;
        for (Problem p : e.problems()) {
            if (shown++ == 15) {
                text.append("... and ").append(e.problems().size() - 15).append(" more (run: ceasefire validate ").append(file).append(")\n");
                break;
            }
            text.append(p.format()).append('\n');
        }
        JOptionPane.showMessageDialog(parent, text.toString(), "Scenario has problems", JOptionPane.ERROR_MESSAGE);
    }
}
