package meridian.pricing.abs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import meridian.domain.abs.Deal;
import meridian.domain.abs.DealJson;
import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;

/**
 * {@code bin/meridian abs-cashflow}: one deal JSON per line in, one projection per line out. A bad
 * line is answered by a one-line problem object and the next line is processed. Blank lines are skipped.
 */
public final class AbsCashflowCli {
    /** The problem type of a deal that fails validation. */
    public static final String PROBLEM_TYPE = "https://meridian.dev/problems/validation";

    private AbsCashflowCli() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        int status = run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), out);
        out.flush();
        System.exit(status);
    }

    /** Processes every line; returns 0 when every deal was projected, 1 when any line was rejected. */
    public static int run(BufferedReader in, PrintStream out) {
        int status = 0;
        try {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) continue;
                Answer answer = answer(line);
                out.println(answer.json());
                if (!answer.projected()) status = 1;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
        return status;
    }

    private record Answer(String json, boolean projected) { }

    private static Answer answer(String line) {
        try {
            Deal deal = DealJson.read(line);
            return new Answer(write(ProjectionJson.toJson(CashflowEngine.project(deal))), true);
        } catch (ValidationException e) {
            return new Answer(write(problem(e)), false);
        } catch (ArithmeticException e) {
            // valid fields whose sizes overflow double arithmetic (balances near 1e308)
            return new Answer(write(problem(new ValidationException("", "cannot be projected: " + e.getMessage()))), false);
        }
    }

    /** The RFC 9457 problem document for a rejected deal. */
    public static ObjectNode problem(ValidationException e) {
        ObjectNode problem = DealJson.MAPPER.createObjectNode();
        problem.put("type", PROBLEM_TYPE);
        problem.put("title", "Invalid deal");
        problem.put("status", 400);
        problem.put("detail", e.getMessage());
        var errors = problem.putArray("errors");
        for (FieldError error : e.errors()) {
            errors.addObject().put("field", error.field()).put("message", error.message());
        }
        return problem;
    }

    private static String write(ObjectNode node) {
        try {
            return DealJson.MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
