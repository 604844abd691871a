package meridian.domain.template.script;

/** One token; {@code text} is the source text (for strings, the text between the quotes). */
public record Token(TokenKind kind, String text, Position position) {
    String describe() {
        return switch (kind) {
            case EOF -> "end of script";
            case STRING -> "\"" + text + "\"";
            case IDENT -> "'" + text + "'";
            default -> "'" + text + "'";
        };
    }
}
