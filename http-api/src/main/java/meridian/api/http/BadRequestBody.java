package meridian.api.http;

/** A request body that cannot be read; carries the 4xx problem to answer with. */
public final class BadRequestBody extends RuntimeException {
    private final Problem problem;

    public BadRequestBody(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
