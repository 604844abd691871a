package meridian.api.http;

/** What a handler answers: an HTTP status and a body that is written as JSON (problem+json for problems). */
public record ApiResponse(int status, Object body) {

    public static ApiResponse ok(Object body) {
        return new ApiResponse(200, body);
    }

    public static ApiResponse created(Object body) {
        return new ApiResponse(201, body);
    }

    public static ApiResponse problem(Problem problem) {
        return new ApiResponse(problem.status(), problem);
    }

    public boolean isProblem() {
        return body instanceof Problem;
    }
}
