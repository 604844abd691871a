package meridian.domain.abs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import meridian.domain.common.FieldError;
import meridian.domain.common.ValidationException;

class LoanTapeReaderTest {
    static final String HEADER = "id,balance,ratePct,remainingTermMonths,amortization,obligor,industry,region,rating\n";

    @Test
    void readsAGoodTapeWithQuotedFieldsAndAnyColumnOrder() {
        String csv = "rating,id,balance,ratePct,remainingTermMonths,amortization,obligor,industry,region,extra\n"
                + "AA,L1,1000.50,5.5,36,LEVEL_PAY,\"Acme, Inc.\",Retail,East,x\n"
                + "bbb-,L2,200,4,12,bullet,Beta,Technology,West,y\n";
        List<Loan> loans = LoanTapeReader.read(csv);
        assertEquals(2, loans.size());
        assertEquals("Acme, Inc.", loans.get(0).obligor());
        assertEquals(new BigDecimal("1000.50"), loans.get(0).balance());
        assertEquals(Amortization.BULLET, loans.get(1).amortization());
        assertEquals("BBB-", loans.get(1).rating());
    }

    @Test
    void reportsEveryBadRowAndColumnAndLoadsNothing() {
        String csv = HEADER
                + "L1,1000,5.5,36,LEVEL_PAY,Acme,Retail,East,AA\n"
                + "L2,-5,abc,36,LEVEL_PAY,Acme,Retail,East,AA\n"
                + "L3,100,5,0,BALLOON,,Retail,East,ZZ\n"
                + "L1,100,5,12,BULLET,Beta,Retail,East,A\n"
                + "L5,100,5,9999,BULLET,Beta,Retail,East,A\n";
        ValidationException e = assertThrows(ValidationException.class, () -> LoanTapeReader.read(csv));
        assertEquals(List.of("rows[2].balance", "rows[2].ratePct", "rows[3].remainingTermMonths",
                        "rows[3].amortization", "rows[3].obligor", "rows[3].rating", "rows[4].id", "rows[5].remainingTermMonths"),
                e.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void namesMissingColumnsAndEmptyTapes() {
        ValidationException missing = assertThrows(ValidationException.class,
                () -> LoanTapeReader.read("id,balance\nL1,5\n"));
        assertEquals(7, missing.errors().size());
        assertEquals("header.ratePct", missing.errors().get(0).field());
        assertEquals("rows", assertThrows(ValidationException.class, () -> LoanTapeReader.read(HEADER))
                .errors().get(0).field());
        assertEquals("header", assertThrows(ValidationException.class, () -> LoanTapeReader.read(""))
                .errors().get(0).field());
    }

    @Test
    void refusesATapeOverTheLoanLimitNamingTheRows() {
        StringBuilder csv = new StringBuilder(LoanTapeReader.COLUMNS).append('\n');
        for (int i = 0; i <= LoanTapeReader.MAX_LOANS; i++) {
            csv.append("L").append(i).append(",1000.00,4.5,36,LEVEL_PAY,OBL").append(i).append(",IND,REG,BBB\n");
        }
        ValidationException e = assertThrows(ValidationException.class, () -> LoanTapeReader.read(csv.toString()));
        assertEquals("rows", e.errors().get(0).field());
    }
}
