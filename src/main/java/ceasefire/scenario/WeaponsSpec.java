package ceasefire.scenario;

import java.util.Objects;

/** A side's three weapon classes: infantry small arms, artillery (heavy weapons) and drones. */
public record WeaponsSpec(WeaponSpec smallArms, WeaponSpec artillery, WeaponSpec drones) {

    public WeaponsSpec {
        Objects.requireNonNull(smallArms, "smallArms");
        Objects.requireNonNull(artillery, "artillery");
        Objects.requireNonNull(drones, "drones");
    }

    /** The weapon a unit of this kind uses. */
    public WeaponSpec of(UnitKind kind) {
        return switch (kind) {
            case INFANTRY -> smallArms;
            case ARTILLERY -> artillery;
            case DRONE_TEAM -> drones;
        };
    }
}
