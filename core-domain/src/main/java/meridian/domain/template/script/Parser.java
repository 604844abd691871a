package meridian.domain.template.script;

import java.util.ArrayList;
import java.util.List;

/** Recursive-descent parser of the payoff language; stops at the first syntax error. */
public final class Parser {
    private final List<Token> tokens;
    private int index;

    private Parser(List<Token> tokens) {
        this.tokens = tokens;
    }

    public static List<Stmt> parse(String source) {
        Parser parser = new Parser(Lexer.tokenize(source));
        List<Stmt> program = new ArrayList<>();
        while (parser.peek().kind() != TokenKind.EOF) {
            program.add(parser.statement());
        }
        return List.copyOf(program);
    }

    private Stmt statement() {
        Token start = peek();
        switch (start.kind()) {
            case LET -> {
                next();
                Token name = expect(TokenKind.IDENT, "a name after 'let'");
                expect(TokenKind.ASSIGN, "'=' after 'let " + name.text() + "'");
                return new Stmt.Let(start.position(), name.text(), expression());
            }
            case VAR -> {
                next();
                Token name = expect(TokenKind.IDENT, "a name after 'var'");
                expect(TokenKind.ASSIGN, "'=' and an initial value after 'var " + name.text() + "'");
                return new Stmt.Var(start.position(), name.text(), expression());
            }
            case REQUIRE -> {
                next();
                Expr condition = expression();
                expect(TokenKind.ELSE, "'else' and the term to blame after the condition of 'require'");
                Token field = expect(TokenKind.IDENT, "the name of the term to blame after 'else'");
                Token message = expect(TokenKind.STRING, "a message in double quotes after 'else " + field.text() + "'");
                return new Stmt.Require(start.position(), condition, field.text(), field.position(), message.text());
            }
            case IF -> {
                return ifStatement();
            }
            case FOR -> {
                next();
                Token variable = expect(TokenKind.IDENT, "a loop variable after 'for'");
                expect(TokenKind.IN, "'in' after 'for " + variable.text() + "'");
                Expr schedule = expression();
                return new Stmt.For(start.position(), variable.text(), schedule, block());
            }
            case PAY -> {
                next();
                Expr amount = expression();
                expect(TokenKind.ON, "'on' and a payment date after the amount of 'pay'");
                return new Stmt.Pay(start.position(), amount, expression());
            }
            case STOP -> {
                next();
                return new Stmt.Stop(start.position());
            }
            case BREAK -> {
                next();
                return new Stmt.Break(start.position());
            }
            case IDENT -> {
                next();
                if (peek().kind() != TokenKind.ASSIGN) {
                    throw error(peek(), "expected '=' after '" + start.text() + "' (a statement here assigns a var)");
                }
                next();
                return new Stmt.Assign(start.position(), start.text(), expression());
            }
            default -> throw error(start,
                    "expected a statement (let, var, require, if, for, pay, stop, break or an assignment) but found " + start.describe());
        }
    }

    private Stmt ifStatement() {
        Token start = expect(TokenKind.IF, "'if'");
        Expr condition = expression();
        List<Stmt> thenBlock = block();
        List<Stmt> elseBlock = List.of();
        if (peek().kind() == TokenKind.ELSE) {
            next();
            elseBlock = peek().kind() == TokenKind.IF ? List.of(ifStatement()) : block();
        }
        return new Stmt.If(start.position(), condition, thenBlock, elseBlock);
    }

    private List<Stmt> block() {
        expect(TokenKind.LBRACE, "'{' to open a block");
        List<Stmt> statements = new ArrayList<>();
        while (peek().kind() != TokenKind.RBRACE) {
            if (peek().kind() == TokenKind.EOF) {
                throw error(peek(), "expected '}' to close the block");
            }
            statements.add(statement());
        }
        next();
        return statements;
    }

    private Expr expression() {
        if (peek().kind() == TokenKind.IF) {
            Token start = next();
            Expr condition = expression();
            expect(TokenKind.THEN, "'then' after the condition of an 'if' expression");
            Expr whenTrue = expression();
            expect(TokenKind.ELSE, "'else' in an 'if' expression");
            return new Expr.Conditional(start.position(), condition, whenTrue, expression());
        }
        return or();
    }

    private Expr or() {
        Expr left = and();
        while (peek().kind() == TokenKind.OR) {
            Token op = next();
            left = new Expr.Binary(op.position(), Expr.BinaryOp.OR, left, and());
        }
        return left;
    }

    private Expr and() {
        Expr left = not();
        while (peek().kind() == TokenKind.AND) {
            Token op = next();
            left = new Expr.Binary(op.position(), Expr.BinaryOp.AND, left, not());
        }
        return left;
    }

    private Expr not() {
        if (peek().kind() == TokenKind.NOT) {
            Token op = next();
            return new Expr.Unary(op.position(), Expr.UnaryOp.NOT, not());
        }
        return comparison();
    }

    private Expr comparison() {
        Expr left = additive();
        Expr.BinaryOp op = switch (peek().kind()) {
            case LT -> Expr.BinaryOp.LESS;
            case LE -> Expr.BinaryOp.LESS_EQUAL;
            case GT -> Expr.BinaryOp.GREATER;
            case GE -> Expr.BinaryOp.GREATER_EQUAL;
            case EQ -> Expr.BinaryOp.EQUAL;
            case NE -> Expr.BinaryOp.NOT_EQUAL;
            default -> null;
        };
        if (op == null) {
            return left;
        }
        Token token = next();
        Expr result = new Expr.Binary(token.position(), op, left, additive());
        TokenKind after = peek().kind();
        if (after == TokenKind.LT || after == TokenKind.LE || after == TokenKind.GT || after == TokenKind.GE
                || after == TokenKind.EQ || after == TokenKind.NE) {
            throw error(peek(), "comparisons do not chain: write 'a < b and b < c'");
        }
        return result;
    }

    private Expr additive() {
        Expr left = multiplicative();
        while (peek().kind() == TokenKind.PLUS || peek().kind() == TokenKind.MINUS) {
            Token op = next();
            Expr.BinaryOp kind = op.kind() == TokenKind.PLUS ? Expr.BinaryOp.ADD : Expr.BinaryOp.SUBTRACT;
            left = new Expr.Binary(op.position(), kind, left, multiplicative());
        }
        return left;
    }

    private Expr multiplicative() {
        Expr left = unary();
        while (peek().kind() == TokenKind.STAR || peek().kind() == TokenKind.SLASH) {
            Token op = next();
            Expr.BinaryOp kind = op.kind() == TokenKind.STAR ? Expr.BinaryOp.MULTIPLY : Expr.BinaryOp.DIVIDE;
            left = new Expr.Binary(op.position(), kind, left, unary());
        }
        return left;
    }

    private Expr unary() {
        if (peek().kind() == TokenKind.MINUS) {
            Token op = next();
            return new Expr.Unary(op.position(), Expr.UnaryOp.NEGATE, unary());
        }
        return primary();
    }

    private Expr primary() {
        Token token = next();
        switch (token.kind()) {
            case NUMBER -> {
                return new Expr.NumberLit(token.position(), Double.parseDouble(token.text()));
            }
            case STRING -> {
                return new Expr.TextLit(token.position(), token.text());
            }
            case TRUE, FALSE -> {
                return new Expr.BoolLit(token.position(), token.kind() == TokenKind.TRUE);
            }
            case LPAREN -> {
                Expr inner = expression();
                expect(TokenKind.RPAREN, "')' to close the parenthesis opened at " + token.position());
                return inner;
            }
            case IDENT -> {
                if (peek().kind() != TokenKind.LPAREN) {
                    return new Expr.Name(token.position(), token.text());
                }
                next();
                List<Expr> arguments = new ArrayList<>();
                if (peek().kind() != TokenKind.RPAREN) {
                    arguments.add(expression());
                    while (peek().kind() == TokenKind.COMMA) {
                        next();
                        arguments.add(expression());
                    }
                }
                expect(TokenKind.RPAREN, "',' or ')' in the arguments of " + token.text() + "()");
                return new Expr.Call(token.position(), token.text(), arguments);
            }
            default -> throw error(token, "expected a value (number, name, call or '(') but found " + token.describe());
        }
    }

    private Token peek() {
        return tokens.get(index);
    }

    private Token next() {
        Token token = tokens.get(index);
        if (token.kind() != TokenKind.EOF) {
            index++;
        }
        return token;
    }

    private Token expect(TokenKind kind, String what) {
        Token token = peek();
        if (token.kind() != kind) {
            throw error(token, "expected " + what + " but found " + token.describe());
        }
        return next();
    }

    private static ScriptException error(Token at, String message) {
        return new ScriptException(at.position(), message);
    }
}
