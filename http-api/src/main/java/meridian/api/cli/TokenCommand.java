package meridian.api.cli;

import com.typesafe.config.ConfigFactory;
import meridian.api.auth.JwtKeys;
import meridian.api.auth.Role;
import meridian.api.auth.TokenIssuer;
import meridian.domain.common.Tenants;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** {@code meridian token --sub alice --roles TRADER[,RISK] --tenant galaxy [--ttl 8h]}: a development token, last line. */
public final class TokenCommand {

    private TokenCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options;
        try {
            options = CliOptions.parse(args, List.of("sub", "roles", "tenant", "ttl"));
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return usage(err);
        }
        String subject = options.get("sub");
        String tenant = options.get("tenant");
        if (subject == null || options.get("roles") == null || tenant == null) {
            return usage(err);
        }
        if (!Tenants.isValid(tenant)) {
            err.println("--tenant must be lower-case letters, digits, - or _ (at most 40)");
            return 2;
        }
        List<Role> roles = new ArrayList<>();
        for (String name : options.get("roles").split(",")) {
            try {
                roles.add(Role.valueOf(name.strip().toUpperCase()));
            } catch (IllegalArgumentException e) {
                err.println("unknown role " + name + "; roles are " + Arrays.toString(Role.values()));
                return 2;
            }
        }
        Duration ttl = Duration.parse("PT" + options.getOrDefault("ttl", "8h").toUpperCase());
        Path keyDir = Path.of(ConfigFactory.load().getString("meridian.data-dir"), "keys").toAbsolutePath();
        JwtKeys keys = JwtKeys.loadOrCreate(keyDir);
        String token = new TokenIssuer(keys.privateKey().orElseThrow()).issue(subject, roles, tenant, ttl);
        out.println("development token for " + subject + " " + roles + " tenant " + tenant + ", valid " + ttl.toHours()
                + " h, signed with " + keyDir.resolve("jwt-private.pem"));
        out.println(token);
        return 0;
    }

    private static int usage(PrintStream err) {
        err.println("usage: meridian token --sub NAME --roles ROLE[,ROLE...] --tenant TENANT [--ttl 8h]");
        return 2;
    }
}
