package meridian.pricing.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;
import meridian.domain.pricing.api.PriceRequest;
import meridian.domain.pricing.api.PricingJson;
import meridian.domain.pricing.api.PricingProblem;
import meridian.domain.pricing.api.PricingRequest;
import meridian.domain.pricing.api.SolveRequest;
import meridian.pricing.PricingService;

/**
 * {@code meridian price}: one JSON request per line in, one JSON response per line out; a request with
 * {@code solveFor} is a solve. A bad line gets a one-line problem document and the next line is read.
 */
public final class PriceCli {
    public static final String INTERNAL_ERROR_TYPE = "https://meridian.dev/problems/internal";

    private PriceCli() {
    }

    public static void main(String[] args) {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.exit(run(in, out));
    }

    /** @return 0 when every line was answered, 1 when some line was rejected */
    public static int run(BufferedReader in, PrintStream out) {
        return run(in, out, new PricingService(), SecurityCodes.fromClasspath());
    }

    public static int run(BufferedReader in, PrintStream out, PricingService service, Set<String> knownUnderlyings) {
        PricingJson json = new PricingJson(knownUnderlyings::contains);
        int failures = 0;
        try {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    PricingRequest request = json.read(line);
                    Object response = request instanceof SolveRequest solve
                            ? service.solve(solve)
                            : service.price((PriceRequest) request);
                    out.println(json.write(response));
                } catch (ValidationException e) {
                    failures++;
                    out.println(json.write(PricingProblem.of(e)));
                } catch (RuntimeException e) {
                    failures++;
                    out.println(json.write(new PricingProblem(INTERNAL_ERROR_TYPE, "Pricing failed", 500,
                            String.valueOf(e.getMessage()), List.<FieldError>of())));
                }
                out.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return failures == 0 ? 0 : 1;
    }
}
