package meridian.domain.template;

/** A request that the version's status does not allow (its tests already decided it, or it is not accepted). */
public class TemplateVersionStateException extends RuntimeException {
    private final VersionStatus status;

    public TemplateVersionStateException(String message, VersionStatus status) {
        super(message);
        this.status = status;
    }

    public VersionStatus status() {
        return status;
    }
}
