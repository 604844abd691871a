package meridian.api.cli;

import meridian.domain.security.Security;
import meridian.domain.security.SecurityMasterCsv;
import meridian.pricing.PricingService;
import meridian.pricing.cli.PriceCli;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code meridian price}: the pricing contract on standard input, without a server. One JSON request per line in
 * (a line with {@code solveFor} is a solve), one JSON answer per line out; a bad line gets a one-line problem document
 * naming the field and the next line is read. Underlyings are the codes of the shipped security master.
 */
public final class PriceCommand {

    private PriceCommand() {
    }

    /** @return 0 when every line was priced, 1 when some line was refused */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        if (args.length > 0) {
            err.println("usage: meridian price < requests.jsonl   (one JSON request per line; see shared/spec/pricing-api.md)");
            return 2;
        }
        Set<String> underlyings = SecurityMasterCsv.seed().stream().map(Security::code).collect(Collectors.toUnmodifiableSet());
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        return PriceCli.run(reader, out, new PricingService(), underlyings);
    }
}
