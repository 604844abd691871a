package meridian.api.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code --name value} pairs, refusing names the command does not know. */
public final class CliOptions {

    private CliOptions() {
    }

    public static Map<String, String> parse(String[] args, List<String> known) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            String name = args[i].substring(2);
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
            options.put(name, args[++i]);
        }
        return options;
    }
}
