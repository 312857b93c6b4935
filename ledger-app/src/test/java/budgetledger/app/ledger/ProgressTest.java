package budgetledger.app.ledger;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** The progress of a CLI import: a bar redrawn in place on a terminal, plain lines (no carriage returns) otherwise. */
class ProgressTest {

    @Test
    void aTerminalGetsABarRedrawnInPlace() {
        StringWriter text = new StringWriter();
        Progress progress = new Progress(new PrintWriter(text), "import", 4, true);
        progress.update(4);
        progress.done(4);
        assertThat(text.toString()).startsWith("\rimport [" + "#".repeat(30) + "] 4/4").endsWith(System.lineSeparator());
    }

    @Test
    void elsewhereOnlyPlainLines() {
        StringWriter text = new StringWriter();
        Progress progress = new Progress(new PrintWriter(text), "preview", 4, false);
        progress.update(2);
        progress.done(4);
        assertThat(text.toString()).doesNotContain("\r").doesNotContain("#").contains("preview: 4/4 done");
    }
}
