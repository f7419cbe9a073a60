package ceasefire.output;

import ceasefire.scenario.Overrides;
import ceasefire.scenario.ParameterOverride;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Overrides as JSON for {@code summary.json}: typed values (500, false, 0.9, not "500") nested as
 * in the scenario ({@code sides.B.units[1].count=30} becomes
 * {@code {"sides": {"B": {"units": [null, {"count": 30}]}}}}, null marking elements not overridden).
 */
public final class TypedOverrides {

    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)((?:\\[\\d+])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    private TypedOverrides() {
    }

    public static Map<String, Object> nested(Overrides overrides) {
        Map<String, Object> root = new LinkedHashMap<>();
        for (ParameterOverride o : overrides.all()) {
            put(root, o.path(), o.value().plain());
        }
        return root;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> root, String path, Object value) {
        // Steps: a key (String) or a list index (Integer).
        List<Object> steps = new ArrayList<>();
        for (String part : path.split("\\.")) {
            Matcher m = SEGMENT.matcher(part);
            if (!m.matches()) {
                steps.add(part);
                continue;
            }
            steps.add(m.group(1));
            Matcher i = INDEX.matcher(m.group(2));
            while (i.find()) {
                steps.add(Integer.parseInt(i.group(1)));
            }
        }
        Object container = root;
        for (int k = 0; k < steps.size(); k++) {
            Object step = steps.get(k);
            boolean last = k == steps.size() - 1;
            Object next = last ? value : steps.get(k + 1) instanceof Integer ? new ArrayList<>() : new LinkedHashMap<>();
            if (container instanceof Map<?, ?> map && step instanceof String key) {
                Map<String, Object> m = (Map<String, Object>) map;
                Object existing = m.get(key);
                if (last || existing == null || existing instanceof List != next instanceof List) {
                    m.put(key, next);
                } else {
                    next = existing;
                }
            } else if (container instanceof List<?> list && step instanceof Integer index) {
                List<Object> l = (List<Object>) list;
                while (l.size() <= index) {
                    l.add(null);
                }
                Object existing = l.get(index);
                if (last || existing == null || existing instanceof List != next instanceof List) {
                    l.set(index, next);
                } else {
                    next = existing;
                }
            } else {
                return; // a path that mixes keys and indexes inconsistently cannot be nested; it was validated earlier
            }
            container = next;
        }
    }
}
