package ceasefire.model;

import ceasefire.scenario.Geography;

/**
 * Self-excitation of the map (E18, docs/MODEL.md section 4.3): what recent exchanges of fire
 * add to the chance of more fire on each cell. Each cell keeps its excitation as last written
 * and the day it was written, and decays lazily on reading ({@code value exp(-days since /
 * lifetime)}), so a quiet map costs nothing a day.
 */
final class Excitation {

    private final Geography geography;
    private final double[] value;
    private final int[] writtenOn;
    private double[] decayPowers = new double[0];
    private double decayFor = Double.NaN;

    Excitation(Geography geography) {
        this.geography = geography;
        this.value = new double[geography.cells()];
        this.writtenOn = new int[geography.cells()];
    }

    /** Excitation on (x, y) on {@code day}, with a lifetime of {@code lifetime} days. */
    double at(int x, int y, int day, double lifetime) {
        int i = geography.index(x, y);
        double e = value[i];
        return e == 0 ? 0 : e * decay(day - writtenOn[i], lifetime);
    }

    /** Adds {@code amount} to every cell within {@code radius} steps of (x, y) on {@code day}. */
    void excite(int x, int y, double amount, int radius, int day, double lifetime) {
        int w = geography.width();
        int h = geography.height();
        for (int ty = Math.max(0, y - radius); ty <= Math.min(h - 1, y + radius); ty++) {
            for (int tx = Math.max(0, x - radius); tx <= Math.min(w - 1, x + radius); tx++) {
                int i = ty * w + tx;
                double e = value[i];
                value[i] = (e == 0 ? 0 : e * decay(day - writtenOn[i], lifetime)) + amount;
                writtenOn[i] = day;
            }
        }
    }

    private double decay(int days, double lifetime) {
        if (lifetime != decayFor) {
            decayFor = lifetime;
            decayPowers = new double[64];
            for (int k = 0; k < decayPowers.length; k++) {
                decayPowers[k] = Math.exp(-k / lifetime);
            }
        }
        return days < decayPowers.length ? decayPowers[days] : Math.exp(-days / lifetime);
    }
}
