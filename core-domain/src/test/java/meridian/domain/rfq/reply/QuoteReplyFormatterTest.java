package meridian.domain.rfq.reply;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import meridian.domain.rfq.parse.CsvUnderlyingDirectory;
import meridian.domain.rfq.parse.RfqLeg;
import meridian.domain.rfq.parse.RfqParser;
import meridian.domain.rfq.parse.SharedParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Replies are written from parsed legs, as the RFQ entity will do. */
class QuoteReplyFormatterTest {

    private static RfqParser parser;
    private static QuoteReplyFormatter formatter;

    @BeforeAll
    static void build() {
        CsvUnderlyingDirectory directory = CsvUnderlyingDirectory.fromClasspath();
        parser = SharedParser.get();
        formatter = new QuoteReplyFormatter(directory);
    }

    private static RfqLeg leg(String message) {
        return parser.parse(message).legs().get(0);
    }

    @Test
    void writesAVanillaTheWayATraderDoes() {
        assertEquals("宁德时代 1M ATM call 报 4.35%",
                formatter.format(leg("宁德 1个月 平值看涨"), new BigDecimal("4.349")));
        assertEquals("贵州茅台 3M 95 put 1000万 报 1.20%",
                formatter.format(leg("茅台 3M 95put 名本1000w"), new BigDecimal("1.2")));
    }

    @Test
    void namesWhatIsSolvedForOtherThanThePremium() {
        assertEquals("中证500 12M 雪球 敲出103 敲入75 票息 报 15.20%",
                formatter.format(leg("中证500 雪球 12个月 敲出103 敲入75"), new BigDecimal("15.2")));
        assertEquals("沪深300 3M 鲨鱼鳍 ATM call 上敲105 参与率 报 85.00%",
                formatter.format(leg("沪深300 3个月 鲨鱼鳍 敲出价105"), BigDecimal.valueOf(85)));
        assertEquals("迈瑞医疗 1M call 行权价 报 103.50%",
                formatter.format(leg("迈瑞 1个月 看涨 求行权价"), new BigDecimal("103.5")));
    }

    @Test
    void writesExoticsInDeskShorthand() {
        assertEquals("中信证券 3M 向上敲出 ATM call 障碍120 报 2.10%",
                formatter.format(leg("中信证券 3个月 向上敲出看涨 行权100 障碍120"), new BigDecimal("2.1")));
        assertEquals("中证500 1M 二元 105 call 收益5% 报 1.80%",
                formatter.format(leg("IC 1个月 二元看涨 行权价105 收益5%"), new BigDecimal("1.8")));
    }

    @Test
    void marksAClientSaleAndWritesOneLinePerLeg() {
        List<RfqLeg> legs = parser.parse("客户卖 比亚迪 1/3个月 平值put 1.5亿").legs();
        String reply = formatter.reply(List.of(new QuotedLeg(legs.get(0), new BigDecimal("2.5")),
                new QuotedLeg(legs.get(1), new BigDecimal("4"))));
        assertEquals("比亚迪 1M ATM put 1.5亿 (客户卖) 报 2.50%\n比亚迪 3M ATM put 1.5亿 (客户卖) 报 4.00%", reply);
    }
}
