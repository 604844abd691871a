package meridian.domain.rfq.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One group per key of the contract's leg table, with phrasings that the labelled sets do not use. */
class RfqParserTest {

    private static RfqParser parser;

    @BeforeAll
    static void buildParser() {
        parser = SharedParser.get();
    }

    private static RfqLeg only(String text) {
        List<RfqLeg> legs = parser.parse(text).legs();
        assertEquals(1, legs.size(), () -> text + " gave " + legs);
        return legs.get(0);
    }

    private static BigDecimal pct(long value) {
        return BigDecimal.valueOf(value);
    }

    @Nested
    class Underlying {

        @ParameterizedTest
        @CsvSource({
                "隆基绿能 1个月 平值看涨, 601012.SH",
                "隆基 1个月 平值看涨, 601012.SH",
                "IF 1个月 平值看涨, 000300.SH",
                "if 1个月 平值看涨, 000300.SH",
                "沪深三百 1个月 平值看涨, 000300.SH",
                "601012 1个月 平值看涨, 601012.SH",
                "601012.SH 1个月 平值看涨, 601012.SH",
                "sh601012 1个月 平值看涨, 601012.SH",
                "IM2409 1个月 平值看涨, 000852.SH",
                "ＢＯＥ 1个月 平值看涨, 000725.SZ",
                "隆基綠能 1個月 平值看漲, 601012.SH"
        })
        void resolvesNamesAliasesFuturesAndCodes(String text, String code) {
            assertEquals(code, only(text).underlying());
        }

        @ParameterizedTest
        @CsvSource({
                "隆基绿熊 1个月 平值看涨, 601012.SH",
                "比亚笛 1个月 平值看涨, 002594.SZ",
                "中际旭仓 1个月 平值看涨, 300308.SZ"
        })
        void toleratesOneWrongCharacterInANameOfThreeOrMore(String text, String code) {
            assertEquals(code, only(text).underlying());
        }

        @Test
        void doesNotGuessATwoCharacterNameOrAnAmbiguousOne() {
            // 隆机 is two characters; 中国石X is as close to 中国石油 as to 中国石化
            assertNull(only("隆机 1个月 平值看涨").underlying());
            assertNull(only("中国石水 1个月 平值看涨").underlying());
        }

        @Test
        void neverFindsAnAsciiAliasInsideAnotherWord() {
            assertTrue(parser.parse("topic: 1个月 price").legs().isEmpty());
        }

        @Test
        void takesSecuritiesFromTheDirectoryItIsGiven() {
            UnderlyingDirectory directory = () -> List.of(
                    new meridian.domain.rfq.parse.Underlying("688999.SH", "星辰科技", "STOCK", List.of("星辰")));
            RfqParser custom = new RfqParser(directory);
            assertEquals("688999.SH", custom.parse("星辰 1个月 平值看涨").legs().get(0).underlying());
            assertEquals("688999.SH", custom.parse("星尘科技 1个月 平值看涨").legs().get(0).underlying());
            assertNull(custom.parse("宁德时代 1个月 平值看涨").legs().get(0).underlying());
        }
    }

    @Nested
    class StructureAndOptionType {

        @ParameterizedTest
        @CsvSource({
                "宁德 1个月 欧式看涨, VANILLA",
                "宁德 1个月 香草 put, VANILLA",
                "宁德 1个月 数字看涨 收益5%, DIGITAL",
                "宁德 1个月 亚式 call, ASIAN",
                "宁德 1个月 敲出看涨 障碍120, BARRIER",
                "宁德 6个月 鲨鱼鳍 上敲110, SHARKFIN",
                "宁德 12个月 凤凰 敲出100 敲入70, PHOENIX",
                "宁德 12个月 雪球 敲出100 敲入70, SNOWBALL"
        })
        void mapsTheWordsOfEachStructure(String text, Structure structure) {
            assertEquals(structure, only(text).structure());
        }

        @ParameterizedTest
        @CsvSource({
                "宁德 1个月 平值看涨, CALL",
                "宁德 1个月 平值涨, CALL",
                "宁德 1个月 平值 CALL, CALL",
                "宁德 1个月 100c, CALL",
                "宁德 1个月 平值认购, CALL",
                "宁德 1个月 平值看跌, PUT",
                "宁德 1个月 平值跌, PUT",
                "宁德 1个月 平值 Put, PUT",
                "宁德 1个月 100p, PUT"
        })
        void readsTheOptionType(String text, OptionType type) {
            assertEquals(type, only(text).optionType());
        }

        @Test
        void autocallsHaveNoOptionType() {
            assertNull(only("宁德 12个月 雪球 敲出100 敲入70").optionType());
            assertNull(only("宁德 12个月 凤凰 敲出100 敲入70").optionType());
        }
    }

    @Nested
    class TenorRule {

        @ParameterizedTest
        @CsvSource({
                "宁德 1年 平值看涨, 12M",
                "宁德 1Y 平值看涨, 12M",
                "宁德 一年 平值看涨, 12M",
                "宁德 半年 平值看涨, 6M",
                "宁德 一年半 平值看涨, 18M",
                "宁德 两周 平值看涨, 2W",
                "宁德 2w 平值看涨, 2W",
                "宁德 一个月 平值看涨, 1M",
                "宁德 1m 平值看涨, 1M",
                "宁德 一月期 平值看涨, 1M",
                "宁德 十二个月 平值看涨, 12M",
                "宁德 14天 平值看涨, 14D"
        })
        void writesTenorsCanonically(String text, String tenor) {
            assertEquals(tenor, only(text).tenor().toString());
        }

        @Test
        void aLockOutPeriodIsNotTheTenor() {
            assertEquals("24M", only("中证500 雪球 24个月 敲出103 敲入70 锁定期3个月").tenor().toString());
        }
    }

    @Nested
    class Strike {

        @ParameterizedTest
        @CsvSource({
                "宁德 1个月 平值看涨, 100",
                "宁德 1个月 ATM put, 100",
                "宁德 1个月 95put, 95",
                "宁德 1个月 看跌 行权价93%, 93",
                "宁德 1个月 虚值5% call, 105",
                "宁德 1个月 虚值5% put, 95",
                "宁德 1个月 实值5% call, 95",
                "宁德 1个月 实值5% put, 105",
                "宁德 1个月 看涨, 100",
                "宁德 1个月 二元看涨 收益5%, 100",
                "宁德 1个月 亚式看跌, 100",
                "宁德 6个月 鲨鱼鳍 上敲110, 100"
        })
        void readsOrDefaultsTheStrike(String text, long strike) {
            assertEquals(pct(strike), only(text).strikePct());
        }

        @Test
        void autocallsHaveNoStrikeUnlessStated() {
            assertNull(only("宁德 12个月 雪球 敲出100 敲入70").strikePct());
        }

        @Test
        void solvingForTheStrikeLeavesItOpen() {
            RfqLeg leg = only("宁德 1个月 看涨 报行权价");
            assertNull(leg.strikePct());
            assertEquals(SolveFor.STRIKE, leg.solveFor());
        }
    }

    @Nested
    class LevelsAndPayoffs {

        @Test
        void readsKnockOutAndKnockInLevelsOfAutocalls() {
            RfqLeg leg = only("沪深300 雪球 12个月 KO 102 KI 70");
            assertEquals(pct(102), leg.knockOutPct());
            assertEquals(pct(70), leg.knockInPct());
            RfqLeg pair = only("沪深300 雪球 12个月 70/102");
            assertEquals(pct(102), pair.knockOutPct());
            assertEquals(pct(70), pair.knockInPct());
        }

        @Test
        void sharkfinBarrierTypeFollowsTheOptionType() {
            RfqLeg call = only("宁德 3个月 鲨鱼鳍 看涨 障碍115");
            assertEquals(BarrierType.UP_OUT, call.barrierType());
            assertEquals(pct(115), call.barrierPct());
            RfqLeg put = only("宁德 3个月 鲨鱼鳍 下敲85");
            assertEquals(OptionType.PUT, put.optionType());
            assertEquals(BarrierType.DOWN_OUT, put.barrierType());
        }

        @Test
        void barrierTypeOfABarrierOptionIsAsStated() {
            RfqLeg leg = only("宁德 3个月 向上敲入看涨 行权100 障碍120");
            assertEquals(Structure.BARRIER, leg.structure());
            assertEquals(BarrierType.UP_IN, leg.barrierType());
            assertEquals(pct(120), leg.barrierPct());
        }

        @Test
        void readsCouponRebateParticipationAndPayout() {
            assertEquals(pct(12), only("宁德 12个月 雪球 敲出100 敲入70 票息12%").couponPct());
            assertEquals(pct(2), only("宁德 6个月 鲨鱼鳍 上敲110 返息2%").rebatePct());
            assertEquals(pct(90), only("宁德 6个月 鲨鱼鳍 上敲110 参与率90%").participationPct());
            assertEquals(pct(7), only("宁德 1个月 二元看跌 行权95 赔付7%").payoutPct());
        }

        @Test
        void ignoresNumbersThatAreNoKeyOfALeg() {
            RfqLeg leg = only("中证1000 凤凰 12个月 敲出103 敲入70 派息线70 月月降0.5");
            assertEquals(pct(103), leg.knockOutPct());
            assertEquals(pct(70), leg.knockInPct());
            assertNull(leg.couponPct());
        }
    }

    @Nested
    class NotionalSideAndSolveFor {

        @ParameterizedTest
        @CsvSource({
                "宁德 1个月 平值看涨 1000w, 10000000",
                "宁德 1个月 平值看涨 1000万, 10000000",
                "宁德 1个月 平值看涨 1个亿, 100000000",
                "宁德 1个月 平值看涨 1e, 100000000",
                "宁德 1个月 平值看涨 500W, 5000000",
                "宁德 1个月 平值看涨 两千万, 20000000",
                "宁德 1个月 平值看涨 1.5亿, 150000000",
                "宁德 1个月 平值看涨 名本 3000, 30000000"
        })
        void readsNotionalInCny(String text, long cny) {
            assertEquals(BigDecimal.valueOf(cny), only(text).notional());
        }

        @ParameterizedTest
        @ValueSource(strings = {"客户卖 宁德 1个月 95put", "宁德 1个月 95put 卖出", "sell 宁德 1m 95p"})
        void readsAClientSale(String text) {
            assertEquals(Side.CLIENT_SELL, only(text).side());
        }

        @Test
        void theClientBuysByDefault() {
            assertEquals(Side.CLIENT_BUY, only("宁德 1个月 95put").side());
        }

        @ParameterizedTest
        @CsvSource({
                "宁德 1个月 平值看涨, PREMIUM",
                "宁德 12个月 雪球 敲出100 敲入70, COUPON",
                "宁德 12个月 雪球 敲出100 敲入70 票息10%, PREMIUM",
                "宁德 6个月 鲨鱼鳍 上敲110, PARTICIPATION",
                "宁德 6个月 鲨鱼鳍 上敲110 参与率50%, PREMIUM",
                "宁德 1个月 看涨 求strike, STRIKE"
        })
        void solvesForWhatTheClientLeftOpen(String text, SolveFor solveFor) {
            assertEquals(solveFor, only(text).solveFor());
        }
    }

    @Nested
    class MessagesAndLegs {

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "谢谢老板", "收到", "好的 成交", "平安", "宁德今天涨了不少", "下午开会"})
        void chatterAsksForNoQuote(String text) {
            assertTrue(parser.parse(text).legs().isEmpty(), () -> text + " gave " + parser.parse(text).legs());
        }

        @Test
        void multipliesWhatTheMessagePairsTogether() {
            List<RfqLeg> legs = parser.parse("宁德 比亚迪 1/3个月 95put、100put").legs();
            assertEquals(8, legs.size());
            Set<String> combinations = legs.stream()
                    .map(leg -> leg.underlying() + " " + leg.tenor() + " " + leg.strikePct())
                    .collect(Collectors.toSet());
            assertEquals(8, combinations.size());
        }

        @Test
        void aListOfStrikesTakesTheTypeThatClosesIt() {
            List<RfqLeg> legs = parser.parse("HS300 1m 95/100/105 put").legs();
            assertEquals(List.of(pct(95), pct(100), pct(105)), legs.stream().map(RfqLeg::strikePct).toList());
            assertTrue(legs.stream().allMatch(leg -> leg.optionType() == OptionType.PUT));
        }

        @Test
        void aChineseUnitMayTouchTheNextWord() {
            RfqLeg leg = only("宁德 各报一个1个月ATM call");
            assertEquals("1M", leg.tenor().toString());
            assertEquals(BigDecimal.valueOf(10_000_000), only("茅台 1个月 平值 1000万call").notional());
        }

        @Test
        void aTenorAfterAnOptionStartsAnotherRequest() {
            List<RfqLeg> legs = parser.parse("宁德 1个月 95put 3个月 105call").legs();
            assertEquals(2, legs.size());
            assertEquals("1M", legs.get(0).tenor().toString());
            assertEquals(pct(95), legs.get(0).strikePct());
            assertEquals("3M", legs.get(1).tenor().toString());
            assertEquals(OptionType.CALL, legs.get(1).optionType());
        }

        @Test
        void aLaterRequestKeepsWhatItDoesNotRestate() {
            List<RfqLeg> legs = parser.parse("宁德 1个月 平值call 500w；比亚迪 95put").legs();
            assertEquals(2, legs.size());
            assertEquals("002594.SZ", legs.get(1).underlying());
            assertEquals("1M", legs.get(1).tenor().toString());
            assertNull(legs.get(1).notional());
        }

        @Test
        void oneLineBreakSeparatesRequestsLikeASemicolon() {
            List<RfqLeg> legs = parser.parse("宁德 1个月 平值call\n比亚迪 3个月 95put").legs();
            assertEquals(List.of("300750.SZ", "002594.SZ"), legs.stream().map(RfqLeg::underlying).toList());
        }
    }
}
