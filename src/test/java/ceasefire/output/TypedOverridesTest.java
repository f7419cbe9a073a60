package ceasefire.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ceasefire.scenario.Overrides;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** summary.json's overrides are typed and nested as in the scenario (issue 10). */
class TypedOverridesTest {

    @Test
    void valuesKeepTheirTypesAndPathsNest() throws Exception {
        Overrides o = Overrides.parse(List.of("peacekeepers.troops=500", "rules.no_drone_strikes.enabled=false", "sides.A.retaliation=0.9",
                "sides.B.units[1].count=30", "peacekeepers.name=UN force", "peacekeepers.patrol_zones=[peacekeeping, buffer]"));
        Map<String, Object> m = TypedOverrides.nested(o);
        assertEquals("{\"peacekeepers\": {\"troops\": 500, \"name\": \"UN force\", \"patrol_zones\": [\"peacekeeping\", \"buffer\"]}, "
                        + "\"rules\": {\"no_drone_strikes\": {\"enabled\": false}}, \"sides\": {\"A\": {\"retaliation\": 0.9}, "
                        + "\"B\": {\"units\": [null, {\"count\": 30}]}}}",
                Json.write(m).replaceAll("\\s+", " ").replace("{ ", "{").replace(" }", "}").replace("[ ", "[").replace(" ]", "]").strip());
    }
}
