package budgetledger.app.browser;

import budgetledger.app.ledger.Importer;
import budgetledger.app.security.AdminBootstrap;
import budgetledger.app.security.Role;
import budgetledger.app.seed.SeedFiles;
import budgetledger.app.support.Api;
import budgetledger.app.support.PostgresIntegrationTest;
import budgetledger.app.support.Recording;
import budgetledger.app.support.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages in a real browser (Debian's headless Chromium): the first administrator through the setup link on an
 * empty database; a clerk records an expenditure and sees the dashboard change, provokes BUDGET_EXCEEDED and reads
 * it beside the amount, proposes a 追加 that a second user approves; an auditor opens the seed's 2024 report as
 * submitted and clicks a figure through to its events. Every page visited passes the basic accessibility check; the
 * dashboard, the form with its error, the worklist and the report are saved as screenshots.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserPagesTest extends PostgresIntegrationTest {
    static final String D = "bw-dept";
    static final String DASHBOARD = "/departments/" + D + "/years/2024";
    private static ChromeDriver driver;
    @LocalServerPort
    int port;
    @Autowired
    AdminBootstrap bootstrap;
    @Autowired
    Importer importer;

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

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    private WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    private void signIn(String username, String password) {
        driver.manage().deleteAllCookies();
        open("/login");
        Chromium.assertAccessible(driver);
        driver.findElement(By.name("username")).sendKeys(username);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlMatches(".*/$"));
    }

    private void setValue(WebElement input, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", input, value);
    }

    /** A line's row of the dashboard's line table: 年初, 全年, 已执行, 可用 (万元), 使用率. */
    private List<String> line(String lineId) {
        return driver.findElements(By.cssSelector("#lines tbody tr")).stream()
                .filter(r -> r.findElement(By.tagName("td")).getText().equals(lineId)).findFirst().orElseThrow()
                .findElements(By.cssSelector("td.num")).stream().map(WebElement::getText).toList();
    }

    /** Opens the dashboard's 记录 menu and follows one of its forms. */
    private void recordMenu(String title) {
        if (byId("record-menu").getAttribute("open") == null) {
            driver.findElement(By.cssSelector("#record-menu summary")).click();
        }
        driver.findElement(By.linkText(title)).click();
    }

    @Test
    @Order(1)
    void theFirstAdministratorThroughTheSetupLinkOnAnEmptyDatabase(CapturedOutput output) {
        bootstrap.run(null); // the start's check again: no administrator, so a fresh link in the log
        Matcher m = Pattern.compile("http://localhost:\\d+(/setup\\?token=[A-Za-z0-9_-]+)").matcher(output.getAll());
        String link = null;
        while (m.find()) {
            link = m.group(1);
        }
        assertThat(link).as("setup link in the log").isNotNull();
        open(link);
        Chromium.assertAccessible(driver);
        byId("username").sendKeys("chief");
        byId("displayName").sendKeys("首位管理员");
        byId("password").sendKeys("chief-password-1");
        byId("passwordAgain").sendKeys("chief-password-1");
        driver.findElement(By.cssSelector("button.primary")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/login?setup"));
        assertThat(driver.getPageSource()).contains("首位管理员已创建");
        signIn("chief", "chief-password-1");
        assertThat(driver.findElement(By.cssSelector("header .who")).getText()).contains("chief").contains("管理员");
        open(link);
        assertThat(driver.getPageSource()).contains("设置链接无效或已使用");
    }

    @Test
    @Order(2)
    void aClerkRecordsAnExpenditureAndTheDashboardShowsIt() throws Exception {
        Api api = new Api(port);
        Recording rec = new Recording(api);
        rec.ledger(D, 2024);
        rec.appropriation(D, 2024, "L1", "50000.00");
        rec.appropriation(D, 2024, "L2", "120000.00");
        rec.expenditure(D, 2024, "X1", "L2", "8000.00");
        TestUsers users = TestUsers.at(port);
        users.create("bw-clerk", "clerk-password-1", TestUsers.roles(Role.RECORDER, Role.APPROVER), List.of(D));
        users.create("bw-boss", "boss-password-1", TestUsers.roles(Role.APPROVER), List.of(D));

        signIn("bw-clerk", "clerk-password-1");
        Chromium.assertAccessible(driver);
        driver.findElement(By.linkText("打开 2024 年看板")).click();
        Chromium.assertAccessible(driver);
        assertThat(line("L1")).containsExactly("5.00", "5.00", "0.00", "5.00", "0.00%");
        recordMenu("记录支出");
        Chromium.assertAccessible(driver);
        new Select(byId("lineId")).selectByValue("L1");
        byId("amount").sendKeys("12,345.60");
        byId("economicCode").sendKeys("30201");
        assertThat(byId("economicCode-name").getText()).isEqualTo("办公费");
        setValue(byId("businessDate"), "2024-03-15");
        byId("payee").sendKeys("益阳市某文具店");
        byId("summary").sendKeys("办公用品");
        driver.findElement(By.cssSelector("button.primary")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));
        assertThat(byId("saved").getText()).contains("12,345.60 元");
        assertThat(line("L1")).containsExactly("5.00", "5.00", "1.23", "3.77", "24.69%");
        assertThat(byId("curve").findElements(By.tagName("canvas"))).as("the ECharts curve is drawn").isNotEmpty();
        Chromium.assertAccessible(driver);
        Chromium.screenshot(driver, "dashboard");
    }

    @Test
    @Order(3)
    void budgetExceededIsReadBesideTheAmount() throws Exception {
        open(DASHBOARD + "/expenditures/new");
        new Select(byId("lineId")).selectByValue("L1");
        byId("amount").sendKeys("99,999.00");
        byId("economicCode").sendKeys("30201");
        setValue(byId("businessDate"), "2024-04-01");
        byId("summary").sendKeys("会议费");
        driver.findElement(By.cssSelector("button.primary")).click();
        WebElement error = new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("amount-error")));
        assertThat(error.getText()).startsWith("超出预算指标可用额度（无预算不支出）");
        assertThat(byId("amount").getAttribute("value")).isEqualTo("99,999.00");
        assertThat(byId("amount").getAttribute("aria-describedby")).isEqualTo("amount-error");
        assertThat(new Select(byId("lineId")).getFirstSelectedOption().getAttribute("value")).isEqualTo("L1");
        Chromium.assertAccessible(driver);
        Chromium.screenshot(driver, "expenditure-error");
    }

    @Test
    @Order(3)
    void aReceptionWithoutItsBatchesAndPersonsIsReadBesideThem() throws Exception {
        open(DASHBOARD + "/expenditures/new");
        new Select(byId("lineId")).selectByValue("L1");
        byId("amount").sendKeys("300.00");
        byId("economicCode").sendKeys("30217");
        setValue(byId("businessDate"), "2024-04-02");
        byId("receptionPersons").sendKeys("5");
        driver.findElement(By.cssSelector("button.primary")).click();
        WebElement error = new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("receptionBatches-error")));
        assertThat(error.getText()).startsWith("公务接待费支出须填写接待批次和接待人数");
        assertThat(byId("receptionPersons").getAttribute("value")).isEqualTo("5");
        assertThat(byId("receptionBatches").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(byId("receptionBatches").getAttribute("aria-describedby")).isEqualTo("receptionBatches-error");
        Chromium.assertAccessible(driver);
        Chromium.screenshot(driver, "expenditure-reception");
    }

    @Test
    @Order(4)
    void anAdjustmentProposedByOneUserIsApprovedByAnother() throws Exception {
        open(DASHBOARD);
        driver.findElement(By.linkText("预算调整审批")).click();
        driver.findElement(By.linkText("提议追加/追减")).click();
        Chromium.assertAccessible(driver);
        new Select(byId("lineId")).selectByValue("L1");
        new Select(byId("direction")).selectByValue("SUPPLEMENT");
        byId("amount").sendKeys("20,000.00");
        setValue(byId("businessDate"), "2024-04-02");
        byId("reason").sendKeys("追加会议经费");
        byId("document").sendKeys("益财预〔2024〕12号");
        driver.findElement(By.cssSelector("button.primary")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));
        WebElement own = driver.findElement(By.cssSelector("#pending tbody tr"));
        assertThat(own.getText()).contains("您是提议人，不能审批自己的提议");
        assertThat(own.findElement(By.tagName("button")).isEnabled()).isFalse();
        Chromium.assertAccessible(driver);

        signIn("bw-boss", "boss-password-1");
        open(DASHBOARD + "/proposals");
        Chromium.assertAccessible(driver);
        Chromium.screenshot(driver, "approvals");
        driver.findElement(By.cssSelector("#pending button.primary")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));
        assertThat(byId("saved").getText()).startsWith("已批准提议");
        assertThat(byId("decided").getText()).contains("已批准").contains("bw-boss").contains("bw-clerk");
        open(DASHBOARD);
        assertThat(line("L1")).containsExactly("5.00", "7.00", "1.23", "5.77", "17.64%");
    }

    @Test
    @Order(5)
    void aReceiptAndAReversalThroughTheFormsTakeEffect() throws Exception {
        open(DASHBOARD); // still the approver of the step before: no 记录收入 for that role
        driver.findElement(By.cssSelector("#record-menu summary")).click();
        assertThat(byId("record-menu").getText()).contains("提议调剂").doesNotContain("记录收入");
        signIn("bw-clerk", "clerk-password-1");
        open(DASHBOARD);
        driver.findElement(By.cssSelector("#record-menu summary")).click();
        assertThat(driver.findElements(By.cssSelector("#record-menu a"))).extracting(WebElement::getText)
                .hasSize(12).contains("记录支出", "记录收入", "登记项目", "撤回项目登记", "定义绩效指标", "撤回绩效指标");
        Chromium.assertAccessible(driver);
        Chromium.screenshot(driver, "record-menu");
        recordMenu("记录收入");
        Chromium.assertAccessible(driver);
        Chromium.screenshot(driver, "receipt");
        new Select(byId("fundNature")).selectByValue("GENERAL_PUBLIC");
        byId("amount").sendKeys("1,250,000.00");
        setValue(byId("businessDate"), "2024-01-18");
        driver.findElement(By.cssSelector("button.primary")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));
        assertThat(byId("saved").getText()).startsWith("已记录收入 SR-").endsWith("金额 1,250,000.00 元。");
        assertThat(byId("figure-value").getText()).isEqualTo("1,250,000.00 元");
        assertThat(byId("trail").getText()).contains("1,250,000.00");
        Chromium.assertAccessible(driver);

        open(DASHBOARD);
        assertThat(line("L2")).containsExactly("12.00", "12.00", "0.80", "11.20", "6.67%");
        recordMenu("冲销支出");
        Chromium.assertAccessible(driver);
        new Select(byId("expenditureId")).selectByValue("X1");
        byId("reason").sendKeys("重复记账");
        setValue(byId("businessDate"), "2024-01-05"); // before the expenditure of 2024-02-10: refused beside the date
        driver.findElement(By.cssSelector("button.primary")).click();
        WebElement error = new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("businessDate-error")));
        assertThat(error.getText()).startsWith("冲销日期早于原支出日期");
        assertThat(byId("reason").getAttribute("value")).isEqualTo("重复记账");
        assertThat(new Select(byId("expenditureId")).getFirstSelectedOption().getAttribute("value")).isEqualTo("X1");
        Chromium.assertAccessible(driver);
        Chromium.screenshot(driver, "reversal-error");
        setValue(byId("businessDate"), "2024-03-01");
        driver.findElement(By.cssSelector("button.primary")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));
        assertThat(byId("saved").getText()).isEqualTo("已冲销支出 X1（冲销原因：重复记账）。");
        assertThat(line("L2")).containsExactly("12.00", "12.00", "0.00", "12.00", "0.00%");
    }

    @Test
    @Order(6)
    void everyOtherRecordingFormPassesTheAccessibilityCheck() throws Exception {
        new Api(port).post("/api/v1/departments/" + D + "/years/2024/indicators", Api.body("indicatorId", "I-1",
                "level1", "产出指标", "level2", "数量指标", "name", "培训人次", "target", "≥700人次", "weight", "20")).expect(201);
        for (String[] form : new String[][] {{"下达预算指标", "appropriation"}, {"提议调剂", "transfer"},
                {"记录指标完成值", "outcome"}, {"记录自评报告文字", "evaluation-text"}}) {
            open(DASHBOARD);
            recordMenu(form[0]);
            assertThat(driver.findElement(By.tagName("h1")).getText()).endsWith(form[0].replace("记录指标完成值", "记录绩效指标完成值"));
            Chromium.assertAccessible(driver);
            Chromium.screenshot(driver, form[1]);
        }
        byId("text").sendKeys("部分项目支出进度偏慢。");
        new Select(byId("section")).selectByValue("problems");
        driver.findElement(By.cssSelector("button.primary")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));
        assertThat(byId("saved").getText()).isEqualTo("已记录自评报告文字：存在的问题及原因分析。");
        Chromium.assertAccessible(driver);
    }

    @Test
    @Order(7)
    void theSeedsReportAsSubmittedAndAFigureThroughToItsEvents() throws Exception {
        StringWriter err = new StringWriter();
        assertThat(importer.importFile(SeedFiles.find("datasets/yiyang-zzb.jsonl"), "admin", false,
                new PrintWriter(err)).rejected()).as(err.toString()).isEmpty();
        TestUsers.at(port).create("bw-auditor", "auditor-password-1", TestUsers.roles(Role.AUDITOR), List.of());
        signIn("bw-auditor", "auditor-password-1");
        open("/departments/yiyang-zzb/years/2024");
        driver.findElement(By.linkText("绩效自评报告")).click();
        setValue(byId("asOf"), "2025-04-15 23:59:59");
        driver.findElement(By.cssSelector("form.asof button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".banner"), "2025-04-15 23:59"));
        assertThat(byId("score").getText()).isEqualTo("99.66");
        assertThat(byId("grade").getText()).isEqualTo("优");
        assertThat(byId("submissions").getText()).contains("99.66").contains("优");
        Chromium.assertAccessible(driver);
        driver.switchTo().frame(byId("report"));
        String report = driver.findElement(By.tagName("body")).getText();
        assertThat(report).contains("99.66").contains("优");
        assertThat(driver.findElements(By.cssSelector("[data-figure='expenditure.total'] a")))
                .as("the report's own amounts link to their events").isNotEmpty();
        driver.switchTo().defaultContent();
        Chromium.screenshot(driver, "report");

        driver.findElement(By.cssSelector("#key-figures [data-figure='budget.full'] a.figure")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("trail")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("全年预算数");
        assertThat(byId("figure-sum").getText()).isEqualTo(byId("figure-value").getText()).endsWith(" 元");
        assertThat(driver.findElements(By.cssSelector("#trail tbody tr"))).isNotEmpty();
        assertThat(driver.findElement(By.cssSelector(".banner")).getText()).contains("2025-04-15 23:59");
        Chromium.assertAccessible(driver);
        Chromium.screenshot(driver, "figure-events");
    }

    @Test
    @Order(8)
    void theHistoryFilteredInPlaceAndTheSeedsDashboardAlerts() throws Exception {
        open("/departments/yiyang-zzb/years/2024");
        // the year is spent to its last lines: many alerts, folded under their count until opened
        WebElement alerts = byId("alerts");
        assertThat(alerts.getAttribute("open")).isNull();
        alerts.findElement(By.tagName("summary")).click();
        WebElement office = alerts.findElement(By.partialLinkText("24-U-OFFICE"));
        assertThat(office.getText()).contains("92.93%").contains("7,300.00 元");
        office.click();
        assertThat(driver.getCurrentUrl()).endsWith("#line-24-U-OFFICE");
        assertThat(byId("line-24-U-OFFICE").getText()).contains("24-U-OFFICE");
        Chromium.assertAccessible(driver);
        Chromium.screenshot(driver, "dashboard-alerts");
        driver.findElement(By.linkText("事件历史")).click();
        Chromium.assertAccessible(driver);
        driver.findElement(By.cssSelector("#departments a.year[href='/departments/yiyang-zzb/years/2024/events']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("events")));
        String all = byId("found").getText();
        new Select(byId("type")).selectByValue("ExpenditureRecorded");
        setValue(byId("from"), "2024-03-01");
        setValue(byId("to"), "2024-03-31");
        driver.findElement(By.cssSelector("#filters button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !byId("found").getText().equals(all));
        assertThat(driver.getCurrentUrl()).as("htmx keeps the address of the filtered page")
                .contains("type=ExpenditureRecorded").contains("from=2024-03-01");
        List<WebElement> rows = driver.findElements(By.cssSelector("#events tbody tr"));
        assertThat(rows).isNotEmpty();
        for (WebElement row : rows) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            assertThat(cells.get(1).getText()).isEqualTo("支出");
            assertThat(cells.get(2).getText()).startsWith("2024-03-");
        }
        assertThat(driver.findElements(By.tagName("h1"))).as("the results replaced in place, not nested").hasSize(1);
        Chromium.assertAccessible(driver);
        Chromium.screenshot(driver, "history");
        rows.get(0).findElement(By.linkText("查看")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("payload")));
        assertThat(byId("hash").getText()).matches("[0-9a-f]{64}");
        Chromium.assertAccessible(driver);
    }

    @Test
    @Order(9)
    void theAuditorVerifiesEveryChain() throws Exception {
        open("/");
        driver.findElement(By.linkText("校验")).click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(By.id("summary")));
        assertThat(byId("summary").getText()).contains("全部正常");
        // the chain's state, then its seals (the seed's 2024 was sealed when its self-evaluation was submitted)
        List<WebElement> states = driver.findElements(By.cssSelector("#chains tbody tr td:nth-child(6)"));
        assertThat(states).isNotEmpty().allSatisfy(td -> assertThat(td.getText()).isEqualTo("正常"));
        List<WebElement> seals = driver.findElements(By.cssSelector("#chains tbody tr td:nth-child(7)"));
        assertThat(seals).hasSameSizeAs(states).noneSatisfy(td -> assertThat(td.getText()).startsWith("不符"));
        Chromium.assertAccessible(driver);
        Chromium.screenshot(driver, "verify");
    }

    @Test
    @Order(10)
    void theAdministratorCreatesAUserWhoSignsInWithTheFirstPassword() throws Exception {
        signIn("chief", "chief-password-1");
        assertThat(driver.findElements(By.linkText("校验"))).as("not an auditor's menu").isEmpty();
        driver.findElement(By.linkText("管理")).click();
        Chromium.assertAccessible(driver);
        byId("username").sendKeys("bw-new");
        byId("displayName").sendKeys("新录入员");
        driver.findElement(By.cssSelector("input[name=roles][value=RECORDER]")).click();
        new Select(byId("departments")).selectByValue(D);
        driver.findElement(By.cssSelector("#new-user button.primary")).click();
        WebElement password = new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("created-password")));
        String first = password.getText();
        assertThat(byId("created").getText()).contains("已创建用户 bw-new（录入）");
        Chromium.assertAccessible(driver);
        Chromium.screenshot(driver, "admin-users");
        driver.findElement(By.linkText("修改 bw-new")).click();
        Chromium.assertAccessible(driver);
        driver.findElement(By.linkText("预算单位")).click();
        Chromium.assertAccessible(driver);
        assertThat(byId("departments").getText()).contains(D);
        signIn("bw-new", first);
        assertThat(driver.findElement(By.cssSelector("header .who")).getText()).contains("bw-new").contains("录入");
    }
}
