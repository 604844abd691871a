package meridian.domain.template.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns script source into tokens. Comments run from {@code #} to the end of the line. */
public final class Lexer {
    private static final Map<String, TokenKind> KEYWORDS = Map.ofEntries(
            Map.entry("let", TokenKind.LET), Map.entry("var", TokenKind.VAR), Map.entry("if", TokenKind.IF),
            Map.entry("then", TokenKind.THEN), Map.entry("else", TokenKind.ELSE), Map.entry("for", TokenKind.FOR),
            Map.entry("in", TokenKind.IN), Map.entry("pay", TokenKind.PAY), Map.entry("on", TokenKind.ON),
            Map.entry("stop", TokenKind.STOP), Map.entry("break", TokenKind.BREAK),
            Map.entry("require", TokenKind.REQUIRE), Map.entry("true", TokenKind.TRUE),
            Map.entry("false", TokenKind.FALSE), Map.entry("and", TokenKind.AND), Map.entry("or", TokenKind.OR),
            Map.entry("not", TokenKind.NOT));

    private final String source;
    private int index;
    private int line = 1;
    private int column = 1;

    private Lexer(String source) {
        this.source = source;
    }

    public static List<Token> tokenize(String source) {
        return new Lexer(source).run();
    }

    private List<Token> run() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            skipBlanksAndComments();
            Position start = new Position(line, column);
            if (index >= source.length()) {
                tokens.add(new Token(TokenKind.EOF, "", start));
                return tokens;
            }
            char c = source.charAt(index);
            if (Character.isDigit(c) || (c == '.' && index + 1 < source.length() && Character.isDigit(source.charAt(index + 1)))) {
                tokens.add(number(start));
            } else if (Character.isLetter(c) || c == '_') {
                int from = index;
                while (index < source.length() && (Character.isLetterOrDigit(source.charAt(index)) || source.charAt(index) == '_')) {
                    advance();
                }
                String word = source.substring(from, index);
                tokens.add(new Token(KEYWORDS.getOrDefault(word, TokenKind.IDENT), word, start));
            } else if (c == '"') {
                tokens.add(string(start));
            } else {
                tokens.add(symbol(c, start));
            }
        }
    }

    private Token number(Position start) {
        int from = index;
        while (index < source.length() && Character.isDigit(source.charAt(index))) {
            advance();
        }
        if (index < source.length() && source.charAt(index) == '.') {
            advance();
            while (index < source.length() && Character.isDigit(source.charAt(index))) {
                advance();
            }
        }
        if (index < source.length() && (source.charAt(index) == 'e' || source.charAt(index) == 'E')) {
            advance();
            if (index < source.length() && (source.charAt(index) == '+' || source.charAt(index) == '-')) {
                advance();
            }
            if (index >= source.length() || !Character.isDigit(source.charAt(index))) {
                throw new ScriptException(start, "malformed number '" + source.substring(from, index) + "': exponent without digits");
            }
            while (index < source.length() && Character.isDigit(source.charAt(index))) {
                advance();
            }
        }
        if (index < source.length() && (Character.isLetter(source.charAt(index)) || source.charAt(index) == '_')) {
            throw new ScriptException(new Position(line, column),
                    "unexpected '" + source.charAt(index) + "' right after the number " + source.substring(from, index));
        }
        return new Token(TokenKind.NUMBER, source.substring(from, index), start);
    }

    private Token string(Position start) {
        advance();
        int from = index;
        while (index < source.length() && source.charAt(index) != '"') {
            if (source.charAt(index) == '\n') {
                throw new ScriptException(start, "string not closed before the end of the line");
            }
            advance();
        }
        if (index >= source.length()) {
            throw new ScriptException(start, "string not closed before the end of the script");
        }
        String text = source.substring(from, index);
        advance();
        return new Token(TokenKind.STRING, text, start);
    }

    private Token symbol(char c, Position start) {
        char next = index + 1 < source.length() ? source.charAt(index + 1) : '\0';
        TokenKind kind;
        int length = 1;
        switch (c) {
            case '+' -> kind = TokenKind.PLUS;
            case '-' -> kind = TokenKind.MINUS;
            case '*' -> kind = TokenKind.STAR;
            case '/' -> kind = TokenKind.SLASH;
            case '(' -> kind = TokenKind.LPAREN;
            case ')' -> kind = TokenKind.RPAREN;
            case '{' -> kind = TokenKind.LBRACE;
            case '}' -> kind = TokenKind.RBRACE;
            case ',' -> kind = TokenKind.COMMA;
            case '<' -> {
                kind = next == '=' ? TokenKind.LE : TokenKind.LT;
                length = next == '=' ? 2 : 1;
            }
            case '>' -> {
                kind = next == '=' ? TokenKind.GE : TokenKind.GT;
                length = next == '=' ? 2 : 1;
            }
            case '=' -> {
                kind = next == '=' ? TokenKind.EQ : TokenKind.ASSIGN;
                length = next == '=' ? 2 : 1;
            }
            case '!' -> {
                if (next != '=') {
                    throw new ScriptException(start, "unexpected '!': write 'not' for negation, '!=' for inequality");
                }
                kind = TokenKind.NE;
                length = 2;
            }
            default -> throw new ScriptException(start, "unexpected character '" + c + "'");
        }
        String text = source.substring(index, index + length);
        for (int i = 0; i < length; i++) {
            advance();
        }
        return new Token(kind, text, start);
    }

    private void skipBlanksAndComments() {
        while (index < source.length()) {
            char c = source.charAt(index);
            if (c == '#') {
                while (index < source.length() && source.charAt(index) != '\n') {
                    advance();
                }
            } else if (Character.isWhitespace(c)) {
                advance();
            } else {
                return;
            }
        }
    }

    private void advance() {
        if (source.charAt(index) == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
        index++;
    }
}
