package ceasefire.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The daily series of one run that the stylized facts are computed from.
 *
 * @param name       where the run came from (a file), for messages
 * @param incidents  incidents per day, day 0 first
 * @param casualties casualties per day, both sides together
 * @param escalation the escalation index per day, in [0, 1]
 * @param start      calendar date of day 0, or null when the run has none
 * @param events     recommitments and successful talks, in day order
 */
public record RunSeries(String name, double[] incidents, double[] casualties, double[] escalation, LocalDate start, List<Event> events) {

    /**
     * What can renew a ceasefire. {@code RENEWED}: a rise of both sides' commitment in a series
     * without narrative or scenario copy, which may be either.
     */
    public enum Kind {
        RECOMMIT("recommit"), TALKS("talks"), RENEWED("renewed");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** A recommitment or successful round of talks on a day of the run. */
    public record Event(Kind kind, int day) {
        public Event {
            Objects.requireNonNull(kind, "kind");
        }
    }

    public RunSeries {
        Objects.requireNonNull(name, "name");
        if (incidents.length != casualties.length || incidents.length != escalation.length) {
            throw new IllegalArgumentException("series of different lengths");
        }
        incidents = incidents.clone();
        casualties = casualties.clone();
        escalation = escalation.clone();
        events = List.copyOf(events);
    }

    public int days() {
        return incidents.length;
    }
}
