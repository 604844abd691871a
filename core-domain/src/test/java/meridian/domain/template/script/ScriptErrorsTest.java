package meridian.domain.template.script;

import meridian.domain.template.TermField;
import meridian.domain.template.TermType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScriptErrorsTest {
    private static final List<TermField> FIELDS = List.of(
            TermField.required("notional", TermType.NUMBER),
            TermField.required("startDate", TermType.DATE),
            TermField.required("barrierPct", TermType.PERCENT),
            TermField.choice("optionType", List.of("CALL", "PUT")));

    private static ScriptError only(String source) {
        ScriptException e = assertThrows(ScriptException.class, () -> Compiler.compile(source, FIELDS));
        assertEquals(1, e.errors().size(), e.getMessage());
        return e.errors().get(0);
    }

    private static void assertError(String source, int line, int column, String fragment) {
        ScriptError error = only(source);
        assertEquals(new Position(line, column), error.position(), error.toString());
        assertTrue(error.message().contains(fragment), error.message());
    }

    @Test
    void lexerReportsUnexpectedCharacterWithLineAndColumn() {
        assertError("let a = 1\nlet b = a $ 2\n", 2, 11, "unexpected character '$'");
    }

    @Test
    void unclosedStringIsReportedWhereItStarts() {
        assertError("require barrierPct > 0 else barrierPct \"no end\n", 1, 40, "string not closed");
    }

    @Test
    void parserNamesWhatItExpected() {
        assertError("let x = (1 + 2\npay x on startDate\n", 2, 1, "expected ')'");
        assertError("for d in { }\n", 1, 10, "expected a value");
        assertError("pay notional startDate\n", 1, 14, "expected 'on'");
        assertError("if 1 < 2 { pay 1 on startDate\n", 2, 1, "expected '}'");
    }

    @Test
    void comparisonsDoNotChain() {
        assertError("let ok = 1 < 2 < 3\n", 1, 16, "do not chain");
    }

    @Test
    void unknownNameIsNamedWithASuggestion() {
        ScriptError error = only("let level = barierPct / 100\n");
        assertEquals(new Position(1, 13), error.position());
        assertTrue(error.message().contains("unknown name 'barierPct'"), error.message());
        assertTrue(error.message().contains("did you mean 'barrierPct'"), error.message());
    }

    @Test
    void typeErrorsNameTheOperandAndItsType() {
        assertError("let x = notional + startDate\n", 1, 20, "must be a number, not a date ('startDate')");
        assertError("if notional { stop }\n", 1, 4, "condition of 'if' must be a bool");
        assertError("pay notional on 5\n", 1, 17, "date of 'pay' must be a date");
    }

    @Test
    void everyErrorOfAScriptIsReported() {
        ScriptException e = assertThrows(ScriptException.class,
                () -> Compiler.compile("let a = nope\nlet b = notional + true\nbreak\n", FIELDS));
        assertEquals(3, e.errors().size(), e.getMessage());
        assertEquals(1, e.errors().get(0).position().line());
        assertEquals(2, e.errors().get(1).position().line());
        assertEquals(3, e.errors().get(2).position().line());
    }

    @Test
    void onlyVarsCanBeAssigned() {
        assertError("let level = 1\nlevel = 2\n", 2, 1, "only a var can change (it is a let)");
        assertError("notional = 2\n", 1, 1, "it is a term");
        assertError("var hit = false\nhit = 3\n", 2, 7, "holds a bool but is assigned a number");
    }

    @Test
    void namesCannotBeRedefined() {
        assertError("let a = 1\nif true { let a = 2 }\n", 2, 11, "'a' is already defined at 1:1");
        assertError("let notional = 2\n", 1, 1, "already defined as a term");
        assertError("let max = 2\n", 1, 1, "built-in function");
    }

    @Test
    void spotNeedsAnObservationDate() {
        assertError("var when = startDate\nlet s = spot(when)\n", 2, 14, "spot() reads the spot on an observation date");
        assertError("let s = spot(notional)\n", 1, 14, "argument of spot() must be a date");
    }

    @Test
    void schedulesAreBuiltFromValuesKnownBeforeThePath() {
        assertError("for d in daily(startDate, addMonths(startDate, 12)) {\n  let m = monthly(startDate, 1, spot(d))\n}\n",
                2, 11, "monthly() needs arguments known before the path");
    }

    @Test
    void enumComparisonsAreCheckedAgainstTheValues() {
        assertError("let isCall = optionType == \"CAL\"\n", 1, 28, "\"CAL\" is not a value of term 'optionType'");
    }

    @Test
    void requireBlamesATermAndDoesNotDependOnThePath() {
        assertError("require barrierPct > 0 else barrier \"x\"\n", 1, 29, "must name a term");
        assertError("require spot(startDate) > 0 else barrierPct \"x\"\n", 1, 25, "must not depend on the path");
    }

    @Test
    void breakOnlyInsideALoopAndArityIsChecked() {
        assertError("break\n", 1, 1, "'break' outside a 'for' loop");
        assertError("let a = max(1)\n", 1, 9, "max() takes at least 2 arguments");
        assertError("let a = yearFrac(startDate)\n", 1, 9, "yearFrac() takes 2 arguments");
        assertError("let a = foo(1)\n", 1, 9, "unknown function 'foo'");
    }
}
