package meridian.domain.template.script;

/** The kinds of token of the payoff language. */
public enum TokenKind {
    NUMBER, STRING, IDENT,
    LET, VAR, IF, THEN, ELSE, FOR, IN, PAY, ON, STOP, BREAK, REQUIRE, TRUE, FALSE, AND, OR, NOT,
    PLUS, MINUS, STAR, SLASH, LT, LE, GT, GE, EQ, NE, ASSIGN, LPAREN, RPAREN, LBRACE, RBRACE, COMMA,
    EOF
}
