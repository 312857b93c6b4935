package budgetledger.app.browser;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (never a browser a test tool downloads), a fresh
 * profile per browser, a 1366×768 window; and the basic accessibility check every page of the browser tests passes.
 */
final class Chromium {
    static final String BINARY = "/usr/bin/chromium";
    static final String DRIVER = "/usr/bin/chromedriver";

    private Chromium() {
    }

    /** Skips (never fails) the browser tests where Chromium is not installed; .ci/run installs it. */
    static void assumeInstalled() {
        Assumptions.assumeTrue(new File(BINARY).canExecute() && new File(DRIVER).canExecute(),
                "browser tests skipped: " + BINARY + " or " + DRIVER + " is not installed "
                        + "(apt-get install chromium chromium-driver; .ci/run does it)");
    }

    static ChromeDriver start() throws IOException {
        Path profile = Files.createTempDirectory("ledger-chromium-");
        profile.toFile().deleteOnExit();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1366,768", "--lang=zh-CN",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1366, 768));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /**
     * A screenshot of the window (1366×768) into ledger-app/target/screenshots: a test run never rewrites the
     * repository; the copies in docs/screenshots are refreshed from there by hand when the pages change.
     */
    static Path screenshot(ChromeDriver driver, String name) throws IOException {
        Path here = Paths.get("").toAbsolutePath();
        Path module = here.getFileName().toString().equals("ledger-app") ? here : here.resolve("ledger-app");
        Path target = module.resolve("target/screenshots/" + name + ".png");
        Files.createDirectories(target.getParent());
        Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return target;
    }

    /**
     * The basics every page must have: each visible input, select and textarea labelled (a label for it, around it, or
     * aria-label), exactly one h1 before any other heading, no heading level skipped, and text contrast of at least
     * 4.5:1 against the nearest opaque background. Returns the problems, empty when none.
     */
    @SuppressWarnings("unchecked")
    static List<String> accessibilityProblems(ChromeDriver driver) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(A11Y_SCRIPT);
    }

    static void assertAccessible(ChromeDriver driver) {
        assertThat(accessibilityProblems(driver)).as("accessibility of " + driver.getCurrentUrl()).isEmpty();
    }

    private static final String A11Y_SCRIPT = """
            const problems = [];
            for (const el of document.querySelectorAll('input, select, textarea')) {
              if (el.type === 'hidden' || el.offsetParent === null) continue;
              const labelled = (el.id && document.querySelector('label[for="' + el.id + '"]'))
                  || el.closest('label') || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby');
              if (!labelled) problems.push('unlabelled ' + el.tagName + ' ' + (el.name || el.id));
            }
            let last = 0, h1 = 0;
            for (const h of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
              const level = Number(h.tagName.substring(1));
              if (level === 1) h1++;
              if (last === 0 && level !== 1) problems.push('first heading is ' + h.tagName);
              if (last !== 0 && level > last + 1) problems.push('heading skips from h' + last + ' to ' + h.tagName);
              last = level;
            }
            if (h1 !== 1) problems.push(h1 + ' h1 elements');
            const rgb = c => (c.match(/[\\d.]+/g) || []).map(Number);
            const lum = c => { const v = rgb(c).slice(0, 3).map(x => { x /= 255;
                return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
              return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };
            const background = el => { for (let e = el; e; e = e.parentElement) {
                const c = getComputedStyle(e).backgroundColor, a = rgb(c);
                if (a.length === 3 || (a.length === 4 && a[3] === 1)) return c; } return 'rgb(255, 255, 255)'; };
            for (const el of document.body.querySelectorAll('*')) {
              const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
              if (!own || el.offsetParent === null || el.disabled) continue;
              const a = lum(getComputedStyle(el).color), b = lum(background(el));
              const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
              if (ratio < 4.5) problems.push('contrast ' + ratio.toFixed(2) + ' of "' + el.textContent.trim().substring(0, 20) + '"');
            }
            return problems;
            """;
}
