package meridian.domain.rfq.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import meridian.domain.common.ValidationException;

/**
 * {@code bin/meridian rfq-parse}: one message per line on standard input, one {@code {"legs":[...]}}
 * per line on standard output, in order. An empty line gives {@code {"legs":[]}} so that output
 * lines stay aligned with input lines.
 */
public final class RfqParseCli {

    private RfqParseCli() {
    }

    public static void main(String[] args) {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.exit(run(in, out));
    }

    /** Returns the exit status: 0, or 1 when the input cannot be read. */
    public static int run(BufferedReader in, PrintStream out) {
        return run(RfqParser.withDefaults(), in, out);
    }

    /** A line that is no chat message (too long) asks for nothing; its answer keeps the lines aligned. */
    private static ParseResult parseOrNothing(RfqParser parser, String line) {
        try {
            return parser.parse(line);
        } catch (ValidationException e) {
            return ParseResult.none();
        }
    }

    public static int run(RfqParser parser, BufferedReader in, PrintStream out) {
        try {
            String line;
            while ((line = in.readLine()) != null) {
                out.println(parseOrNothing(parser, line).toJson());
            }
            out.flush();
            return 0;
        } catch (IOException | UncheckedIOException e) {
            out.flush();
            return 1;
        }
    }
}
