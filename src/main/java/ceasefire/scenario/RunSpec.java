package ceasefire.scenario;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How long and with which seed a scenario runs. One step is one day. Only a run of at least one
 * day is checked here: {@code --steps} and the GUI set the length directly, and a file's
 * {@code run.*} values are held to their declarations in {@link ParameterRegistry} when read.
 *
 * @param seed           seed of the run's single random stream
 * @param days           steps to run
 * @param stopOnCollapse whether to stop as soon as the ceasefire has collapsed
 * @param startDate      calendar date of day 0, used only to label outputs
 */
public record RunSpec(long seed, int days, boolean stopOnCollapse, Optional<LocalDate> startDate) {

    public RunSpec {
        Objects.requireNonNull(startDate, "startDate");
        if (days < 1) {
            throw new IllegalArgumentException("days must be >= 1, was " + days);
        }
    }

    /** "2022-03-24" for a day when a start date is set, else empty. */
    public String dateOf(int day) {
        return startDate.map(d -> d.plusDays(day).toString()).orElse("");
    }
}
