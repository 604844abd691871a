package meridian.domain.template;

/** The type of a template term, as the user gives it and as the script sees it. */
public enum TermType {
    /** A real number; the script sees it as given. */
    NUMBER,
    /** A number in percent (103 means 103%); the script sees it as given, so it divides by 100 itself. */
    PERCENT,
    /** A whole number. */
    INTEGER,
    /** An ISO date, {@code 2026-01-05}. */
    DATE,
    /** One of a fixed list of words; the script compares it with text such as {@code "CALL"}. */
    ENUM,
    BOOLEAN;

    public boolean isNumeric() {
        return this == NUMBER || this == PERCENT || this == INTEGER;
    }
}
