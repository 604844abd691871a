package meridian.domain.template.script;

/** A place in the script source, 1-based, as shown in error messages ({@code 12:5}). */
public record Position(int line, int column) {
    @Override
    public String toString() {
        return line + ":" + column;
    }
}
