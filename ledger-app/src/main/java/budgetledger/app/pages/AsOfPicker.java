package budgetledger.app.pages;

import budgetledger.core.common.IsoTimes;
import budgetledger.core.common.LedgerException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The as-of picker every view shares (the fragment {@code asOfPicker}): reads the moment the user typed and puts on
 * the model what the picker and the banner show — {@code asOf} (null: now), {@code asOfInput}, {@code asOfError}.
 */
final class AsOfPicker {
    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter PICKER_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private AsOfPicker() {
    }

    /**
     * A moment that is none shows the page as of now with the refusal beside the picker and the typed text kept,
     * and the API's status, so a script sees the refusal too.
     */
    static Instant read(String asOf, Model model, HttpServletResponse response) {
        Instant at = null;
        try {
            at = moment(asOf);
        } catch (LedgerException e) {
            response.setStatus(e.code().status());
            model.addAttribute("asOfError", e.getMessage());
        }
        model.addAttribute("asOf", at);
        model.addAttribute("asOfInput", at == null ? (asOf == null ? "" : asOf) : shown(at));
        return at;
    }

    /** Seconds only when the moment has them (a submission's 23:59:59), so the picker keeps the exact moment. */
    private static String shown(Instant at) {
        var local = at.atZone(Formats.CHINA);
        return (local.getSecond() == 0 ? PICKER : PICKER_SECONDS).format(local);
    }

    /**
     * The picker's value: a local date-time is China time ({@code 2025-04-15 15:30}, or with {@code T}); an ISO
     * instant with its offset is taken as written. Empty: now.
     */
    static Instant moment(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(asOf.trim().replaceFirst("^(\\d{4}-\\d{2}-\\d{2}) +", "$1T"))
                    .atZone(Formats.CHINA).toInstant();
        } catch (DateTimeParseException notLocal) {
            return IsoTimes.asOf(asOf.trim());
        }
    }
}
