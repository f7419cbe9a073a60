package ceasefire.charts;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Simulated colour vision deficiency (Machado, Oliveira and Fernandes 2009, severity 1.0, applied
 * in linear RGB) and CIELAB distances, to check the palette; {@link #main} simulates a rendered
 * PNG so that a person can look at a chart as a deuteranope or protanope would see it:
 * {@code java -cp target/classes:target/test-classes ceasefire.charts.ColourVision in.png out-stem}.
 */
public final class ColourVision {

    static final double[][] DEUTERANOPIA = {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}};
    static final double[][] PROTANOPIA = {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}};
    static final double[][] NORMAL = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};

    private ColourVision() {
    }

    private static double lin(int c) {
        double v = c / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static int delin(double v) {
        v = Math.max(0, Math.min(1, v));
        return (int) Math.round(255 * (v <= 0.0031308 ? 12.92 * v : 1.055 * Math.pow(v, 1 / 2.4) - 0.055));
    }

    static Color simulate(Color c, double[][] m) {
        double[] l = {lin(c.getRed()), lin(c.getGreen()), lin(c.getBlue())};
        int[] out = new int[3];
        for (int i = 0; i < 3; i++) {
            out[i] = delin(m[i][0] * l[0] + m[i][1] * l[1] + m[i][2] * l[2]);
        }
        return new Color(out[0], out[1], out[2]);
    }

    static double[] lab(Color c) {
        double r = lin(c.getRed());
        double g = lin(c.getGreen());
        double b = lin(c.getBlue());
        double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
        double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        return new double[] {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116.0;
    }

    /** CIE76 distance between two colours as seen with {@code m}. */
    static double distance(Color a, Color b, double[][] m) {
        double[] p = lab(simulate(a, m));
        double[] q = lab(simulate(b, m));
        return Math.sqrt(Math.pow(p[0] - q[0], 2) + Math.pow(p[1] - q[1], 2) + Math.pow(p[2] - q[2], 2));
    }

    public static void main(String[] args) throws Exception {
        BufferedImage in = ImageIO.read(new File(args[0]));
        for (var e : java.util.Map.of("deuteranopia", DEUTERANOPIA, "protanopia", PROTANOPIA).entrySet()) {
            BufferedImage out = new BufferedImage(in.getWidth(), in.getHeight(), BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < in.getHeight(); y++) {
                for (int x = 0; x < in.getWidth(); x++) {
                    out.setRGB(x, y, simulate(new Color(in.getRGB(x, y)), e.getValue()).getRGB());
                }
            }
            ImageIO.write(out, "png", new File(args[1] + "-" + e.getKey() + ".png"));
        }
    }
}
