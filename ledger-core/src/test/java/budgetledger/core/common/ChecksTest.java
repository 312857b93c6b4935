package budgetledger.core.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChecksTest {
    static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String messagePart) {
        assertThatThrownBy(call).isInstanceOfSatisfying(LedgerException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST);
            assertThat(e.getMessage()).contains(messagePart);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"E-2024-001", "L1", "ZC_3.1", "基本-01", "yiyang:2024:7", "I1.2"})
    void acceptsIdentifiersOfLettersDigitsAndSeparators(String id) {
        assertThat(Checks.id(" " + id + " ", "支出编号")).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a/b", "../etc", "a..b", "<script>", "E 1", "-E1", ".E1", "E\t1", "E%2F1", "E\\1"})
    void refusesIdentifiersUnsafeInAUrlOrAFile(String id) {
        refused(() -> Checks.id(id, "支出编号"), "支出编号只能由字母、数字");
    }

    @Test
    void refusesAControlCharacterAtTheEndOfAnIdentifierInsteadOfTrimmingItAway() {
        refused(() -> Checks.id("E1\u0000", "支出编号"), "支出编号含有控制字符 U+0000");
    }

    @Test
    void refusesAnIdentifierOverOneHundredCharacters() {
        assertThat(Checks.id("x".repeat(100), "编号")).hasSize(100);
        refused(() -> Checks.id("x".repeat(101), "编号"), "过长");
    }

    @ParameterizedTest
    @ValueSource(strings = {"收款\u0000人", "铃\u0007", "\u001b[31m红", "删\u007f除", "C1\u0085"})
    void refusesControlCharactersInText(String text) {
        refused(() -> Checks.text(text, "收款人"), "收款人含有控制字符");
        refused(() -> Checks.optional(text), "含有控制字符");
    }

    @Test
    void keepsTabsAndLineBreaksInText() {
        assertThat(Checks.text("第一段\n第二段\r\n\t缩进", "文字内容")).isEqualTo("第一段\n第二段\r\n\t缩进");
    }

    @Test
    void refusesALoneSurrogateInsteadOfStoringAQuestionMark() {
        refused(() -> Checks.text("摘要\ud800", "摘要"), "无效的 Unicode 字符");
        refused(() -> Checks.optional("\udc00摘要"), "无效的 Unicode 字符");
        // a real supplementary character (𠀀, U+20000) is a valid pair
        assertThat(Checks.text("\ud840\udc00", "摘要")).isEqualTo("\ud840\udc00");
    }

    @Test
    void storesTextInNormalFormC() {
        // "é" as e + combining acute, and the Kangxi radical compatibility form are stored composed / as written
        assertThat(Checks.text("Caf\u0065\u0301", "收款人")).isEqualTo("Caf\u00e9");
        assertThat(Checks.optional(" \u0041\u030a ")).isEqualTo("\u00c5");
        assertThat(Checks.id("\u0041\u030a-1", "编号")).isEqualTo("\u00c5-1");
    }
}
