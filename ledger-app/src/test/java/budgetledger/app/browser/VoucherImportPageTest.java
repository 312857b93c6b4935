package budgetledger.app.browser;

import budgetledger.app.security.Role;
import budgetledger.app.support.Api;
import budgetledger.app.support.PostgresIntegrationTest;
import budgetledger.app.support.Recording;
import budgetledger.app.support.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 从表格导入凭证 in a real browser: a clerk uploads a GB18030 CSV, reads the preview's refused rows with their row
 * numbers and reasons, imports the rest; a sheet with unknown headers asks for the mapping first. Every page passes
 * the basic accessibility check; the preview is saved as a screenshot.
 */
class VoucherImportPageTest extends PostgresIntegrationTest {
    static final String D = "vp-dept";
    static final String PAGE = "/departments/" + D + "/years/2024/imports/vouchers";
    private static ChromeDriver driver;
    @LocalServerPort
    int port;
    @TempDir
    Path dir;

    @BeforeAll
    static void browser() throws Exception {
        Chromium.assumeInstalled();
        driver = Chromium.start();
    }

    @AfterAll
    static void close() {
        if (driver != null) {
            driver.quit();
        }
    }

    private void signedInClerk() throws Exception {
        Api api = new Api(port);
        if (api.get("/api/v1/departments/" + D).status() == 404) {
            Recording rec = new Recording(api);
            rec.ledger(D, 2024);
            rec.appropriation(D, 2024, "L1", "5000.00");
            TestUsers.at(port).create("vp-clerk", "clerk-password-1", TestUsers.roles(Role.RECORDER), List.of(D));
        }
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/login");
        driver.findElement(By.name("username")).sendKeys("vp-clerk");
        driver.findElement(By.name("password")).sendKeys("clerk-password-1");
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlMatches(".*/$"));
    }

    private void upload(Path file) {
        driver.get("http://localhost:" + port + PAGE);
        Chromium.assertAccessible(driver);
        driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.xpath("//button[text()='上传并预览']")).click();
    }

    /** The next page has loaded: the element shows the text (an element of the page before would be stale). */
    private void waitFor(String id, String text) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no “" + text + "” in #" + id + " of " + driver.getCurrentUrl() + ":\n"
                    + driver.findElement(By.tagName("main")).getText(), e);
        }
    }

    @Test
    void aClerkPreviewsTheRefusedRowsThenImportsTheRest() throws Exception {
        signedInClerk();
        Path csv = dir.resolve("凭证.csv");
        Files.writeString(csv, """
                日期,凭证号,摘要,预算指标,经济科目,金额,收款人
                2024-03-01,记-1,办公用品,L1,30201,"1,280.00",益阳市某文具店
                2024-03-02,记-2,打印纸,L1,30201,300.00,益阳市某文具店
                2024-03-03,记-3,超支,L1,30201,"9,000.00",某单位
                2023-12-31,记-4,上年,L1,30201,10.00,某单位
                2024-03-05,记-5,无此科目,L1,99999,10.00,某单位
                """, Charset.forName("GB18030"));
        upload(csv);
        waitFor("summary", "共 5 行");
        WebElement findings = driver.findElement(By.id("findings"));
        assertThat(findings.getText()).contains("超出预算指标可用额度").contains("业务日期不在该预算年度内")
                .contains("记-3").contains("记-5");
        List<String> rows = findings.findElements(By.cssSelector("tbody tr td:first-child")).stream()
                .map(WebElement::getText).toList();
        assertThat(rows).containsExactly("4", "5", "6");
        assertThat(driver.findElement(By.id("summary")).getText()).contains("共 5 行").contains("2 行可导入");
        Chromium.assertAccessible(driver);
        Chromium.screenshot(driver, "voucher-import-preview");

        driver.findElement(By.xpath("//button[text()='导入 2 行凭证']")).click();
        waitFor("summary", "已导入 2 行");
        Chromium.assertAccessible(driver);
        assertThat(new Api(port).get("/api/v1/departments/" + D + "/years/2024/figures").json()
                .path("figures").path("expenditure.total").asText()).isEqualTo("1580.00");
    }

    @Test
    void unknownHeadersAreMappedOnThePage() throws Exception {
        signedInClerk();
        Path csv = dir.resolve("other.csv");
        Files.writeString(csv, "记账日期,单据号,预算指标,经济科目,发生额\r\n2024-04-01,X-9,L1,30201,12.00\r\n");
        upload(csv);
        waitFor("form-error", "凭证号");
        assertThat(driver.findElement(By.id("form-error")).getText()).contains("凭证号").contains("金额");
        Chromium.assertAccessible(driver);
        new Select(driver.findElement(By.id("field1"))).selectByVisibleText("凭证号");
        new Select(driver.findElement(By.id("field4"))).selectByVisibleText("金额");
        driver.findElement(By.xpath("//button[text()='按此对应预览']")).click();
        waitFor("summary", "1 行可导入");
    }

    @Test
    void aBudgetTableIsPreviewedAndImportedFromTheDashboardsLink() throws Exception {
        signedInClerk();
        driver.get("http://localhost:" + port + "/departments/" + D + "/years/2024");
        driver.findElement(By.linkText("从表格导入年初预算")).click();
        Path csv = dir.resolve("年初预算.csv");
        Files.writeString(csv, """
                支出类型,资金性质,功能科目编码,经济科目编码,年初预算数
                公用经费,一般公共预算,2013202,30201,"3,000.00"
                其他支出,一般公共预算,2013202,30201,1.00
                """, Charset.forName("GB18030"));
        Chromium.assertAccessible(driver);
        driver.findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
        driver.findElement(By.xpath("//button[text()='上传并预览']")).click();
        waitFor("summary", "共 2 行年初预算");
        assertThat(driver.findElement(By.id("findings")).getText()).contains("支出类型“其他支出”无法识别");
        Chromium.assertAccessible(driver);
        Chromium.screenshot(driver, "budget-import-preview");

        driver.findElement(By.xpath("//button[text()='导入 1 行年初预算']")).click();
        // the import runs as a job: the page follows it, then shows what it recorded
        waitFor("summary", "已导入 1 行");
        assertThat(driver.getCurrentUrl()).contains("/imports/appropriations?job=");
        Chromium.assertAccessible(driver);
        assertThat(new Api(port).get("/api/v1/departments/" + D + "/years/2024").json().toString())
                .contains("YS-GY-2013202-30201");
    }
}
