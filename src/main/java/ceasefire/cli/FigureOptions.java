package ceasefire.cli;

import ceasefire.output.FigureSpec;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The figure options every command that draws charts shares ({@code run}, {@code sweep},
 * {@code compare}, {@code gui --snapshot}; add it to a new command with {@code @Mixin}):
 * formats, size, resolution, or a preset. {@link #spec()} gives the {@link FigureSpec} that
 * {@link ceasefire.output.Figures} writes with. Bad values are refused while the command line
 * is parsed, with exit code 2.
 */
public final class FigureOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    private Set<FigureSpec.Format> formats = EnumSet.of(FigureSpec.Format.PNG);
    private FigureSpec.Preset preset;
    private Integer width;
    private Integer height;
    private Integer dpi;

    @Option(names = "--format", paramLabel = "LIST", description = "Chart formats, comma-separated: png, svg, pdf (default: png). "
            + "SVG and PDF are vector figures with text as text.")
    void setFormats(String list) {
        Set<FigureSpec.Format> f = EnumSet.noneOf(FigureSpec.Format.class);
        for (String part : list.split(",")) {
            String p = part.strip().toUpperCase(Locale.ROOT);
            if (p.isEmpty()) {
                continue;
            }
            try {
                f.add(FigureSpec.Format.valueOf(p));
            } catch (IllegalArgumentException e) {
                throw bad("--format: '" + part.strip() + "' is not a chart format (png, svg or pdf)");
            }
        }
        if (f.isEmpty()) {
            throw bad("--format: name at least one of png, svg, pdf");
        }
        formats = f;
    }

    @Option(names = "--figure", paramLabel = "PRESET", description = "Size and resolution for: paper (720 px = 7.5 in wide, 300 dpi), "
            + "slides (1280 px wide, 144 dpi) or screen (each chart's own size, 96 dpi; the default); charts keep their "
            + "proportions. --width, --height and --dpi override it.")
    void setPreset(String name) {
        try {
            preset = FigureSpec.Preset.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw bad("--figure: '" + name + "' is not a preset (paper, slides or screen)");
        }
    }

    @Option(names = "--width", paramLabel = "PX", description = "Chart width in CSS pixels (1/96 in), " + FigureSpec.MIN_SIZE + " to "
            + FigureSpec.MAX_SIZE + "; the height keeps each chart's proportions unless --height is given.")
    void setWidth(int px) {
        width = checkSize("--width", px);
    }

    @Option(names = "--height", paramLabel = "PX", description = "Chart height in CSS pixels.")
    void setHeight(int px) {
        height = checkSize("--height", px);
    }

    @Option(names = "--dpi", paramLabel = "N", description = "PNG resolution: " + FigureSpec.MIN_DPI + " to " + FigureSpec.MAX_DPI
            + " (96 = one image pixel per CSS pixel; 300 for print).")
    void setDpi(int n) {
        if (n < FigureSpec.MIN_DPI || n > FigureSpec.MAX_DPI) {
            throw bad("--dpi: " + n + " is outside [" + FigureSpec.MIN_DPI + ", " + FigureSpec.MAX_DPI + "]");
        }
        dpi = n;
    }

    private int checkSize(String option, int px) {
        if (px < FigureSpec.MIN_SIZE || px > FigureSpec.MAX_SIZE) {
            throw bad(option + ": " + px + " is outside [" + FigureSpec.MIN_SIZE + ", " + FigureSpec.MAX_SIZE + "]");
        }
        return px;
    }

    private CommandLine.ParameterException bad(String message) {
        return new CommandLine.ParameterException(command.commandLine(), message);
    }

    /** The figures asked for: the preset's values, overridden by explicit size and resolution. */
    public FigureSpec spec() {
        FigureSpec.Preset p = preset == null ? FigureSpec.Preset.SCREEN : preset;
        return new FigureSpec(formats, width != null ? width : p.width, height != null ? height : p.height, dpi != null ? dpi : p.dpi);
    }
}
