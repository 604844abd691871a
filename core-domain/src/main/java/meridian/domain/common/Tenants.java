package meridian.domain.common;

/** Tenant names. Reference data seeded with the platform belongs to {@link #SHARED} and every tenant sees it. */
public final class Tenants {
    public static final String SHARED = "_shared";

    private Tenants() {
    }

    public static boolean isValid(String tenant) {
        return tenant != null && tenant.matches("[a-z0-9][a-z0-9_-]{0,39}");
    }
}
