package meridian.domain.rfq.reply;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AcceptanceReaderTest {

    @ParameterizedTest
    @ValueSource(strings = {"成交", "好的 成交", "做了", "ok 做", "OK做", "ＯＫ　做", "可以做", "行，做吧", "就这个价",
            "按这个价做", "确认成交", "deal", "Done", "都做了，谢谢"})
    void acceptsWhatClientsSayToTakeAQuote(String message) {
        assertEquals(AcceptanceIntent.ACCEPT, AcceptanceReader.read(message));
    }

    @ParameterizedTest
    @ValueSource(strings = {"不做了", "先不做", "算了", "太贵了", "不成交", "再看看", "这个价不合适", "pass", "不要了，谢谢"})
    void declinesWhatClientsSayToRefuseIt(String message) {
        assertEquals(AcceptanceIntent.DECLINE, AcceptanceReader.read(message));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ok", "好的", "收到", "谢谢", "能做吗？", "今天还能做吗", "要不要做?", "宁德 1个月 平值看涨",
            "今天成交量好大"})
    void readsNeitherInQuestionsAcknowledgementsAndOtherTalk(String message) {
        assertEquals(AcceptanceIntent.NONE, AcceptanceReader.read(message));
    }
}
