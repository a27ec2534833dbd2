package io.sellercenter.accesstokens.bootstrap;

import io.sellercenter.accesstokens.adapter.web.testsupport.ApiClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Settings → Access Tokens in a real browser against the real service, as a seller admin uses it. Screenshots go to
 * {@code target/}; the one in the README is refreshed only when asked, with
 * {@code -Daccess-tokens.refresh-screenshot=true} (see the README).
 */
class AccessTokensPageBrowserTest {
    private static final Path SCREENSHOT = Path.of("target", "access-tokens.png");
    private static final Path DOCUMENTED_SCREENSHOT = Path.of("..", "docs", "images", "access-tokens.png");
    private static RunningService service;
    private static SellerFixture seller;
    private static String memberEmail;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() {
        service = RunningService.start();
        String operator = service.signInAsOperator();
        seller = SellerFixture.create(service, operator, "Browser Outfitters");
        memberEmail = "member-page@seller.example";
        service.post("/api/v1/platform/sellers/" + seller.sellerId() + "/users", operator,
                "{\"email\":\"" + memberEmail + "\",\"password\":\"" + SellerFixture.PASSWORD + "\",\"role\":\"MEMBER\"}");
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        service.close();
    }

    @BeforeEach
    void freshVisit() {
        browser.get(baseUrl());
        browser.manage().deleteAllCookies();
        browser.get(baseUrl());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-view")));
    }

    @Test
    void adminGeneratesATokenUsesItAndRevokesIt() throws Exception {
        signIn(seller.adminEmail());
        openAccessTokens();
        String token = generate("ERP sync", "30");
        assertThat(token).startsWith("sct_").hasSize(40);
        assertThat(service.get("/api/v1/me", "Bearer " + token).status()).isEqualTo(200);

        click("secret-close");
        awaitSecretGone();
        WebElement row = rowOf(token);
        assertThat(row.findElement(By.cssSelector("[data-label=Status]")).getText()).isEqualTo("Active");
        assertThat(row.findElement(By.cssSelector("[data-label=Note]")).getText()).isEqualTo("ERP sync");
        assertThat(row.getText()).doesNotContain(token);

        row.findElement(By.cssSelector("button.revoke")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-dialog")));
        assertThat(browser.findElement(By.id("confirm-text")).getText())
                .contains("irreversible").contains("stops working immediately");
        click("confirm-ok");

        wait.until(driver -> rowOf(token).findElement(By.cssSelector("[data-label=Status]")).getText()
                .equals("Revoked"));
        String validUntil = rowOf(token).findElement(By.cssSelector("[data-label='Valid Until'] time"))
                .getAttribute("datetime");
        assertThat(Duration.between(Instant.parse(validUntil), Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
        assertThat(rowOf(token).findElements(By.cssSelector("button.revoke"))).isEmpty();
        assertThat(service.get("/api/v1/me", "Bearer " + token).status()).isEqualTo(401);

        generate("Marketplace feed", "90", "products-write", "prices-read");
        click("secret-close");
        generate("Nightly stock export", "7", "stock-read");
        click("secret-close");
        Files.createDirectories(SCREENSHOT.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
        if (Boolean.getBoolean("access-tokens.refresh-screenshot")) {
            Files.copy(SCREENSHOT, DOCUMENTED_SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void pageFitsA360PixelWideScreen() throws Exception {
        signIn(seller.adminEmail());
        openAccessTokens();
        generate("Narrow screen", "7");
        click("secret-close");
        try {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(360, 800));
            Number width = (Number) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth");
            Number viewport = (Number) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.clientWidth");
            assertThat(width.intValue()).as("no sideways scrolling").isLessThanOrEqualTo(viewport.intValue());
            assertThat(browser.findElement(By.id("generate-open")).isDisplayed()).isTrue();
            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(),
                    Path.of("target", "access-tokens-360.png"), StandardCopyOption.REPLACE_EXISTING);
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }

    @Test
    void validationErrorFromTheServerShowsByItsField() {
        signIn(seller.adminEmail());
        openAccessTokens();
        click("generate-open");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("generate-dialog")));
        ((JavascriptExecutor) browser).executeScript(
                "document.getElementById('valid-until').value = '2020-01-01T10:00'");
        browser.findElement(By.id("scope-orders-read")).click();

        click("generate-submit");

        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("valid-until-error")));
        assertThat(error.getText()).contains("Valid Until").contains("future");
        assertThat(browser.findElement(By.id("valid-until")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("generate-dialog")).isDisplayed()).isTrue();
    }

    @Test
    void anAdminChoosesWhatATokenMayDoAndFromWhereAndTheTableShowsIt() {
        signIn(seller.adminEmail());
        openAccessTokens();
        click("generate-open");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("generate-dialog")));
        assertThat(browser.findElements(By.cssSelector("#scopes-body input[value=none]:checked")))
                .as("nothing is chosen for the admin").hasSize(6);

        click("generate-submit");
        WebElement nothingChosen = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("scopes-error")));
        assertThat(nothingChosen.getText()).contains("Access").contains("at least one");
        assertThat(browser.switchTo().activeElement().getAttribute("type")).isEqualTo("radio");

        browser.findElement(By.id("scope-stock-write")).click();
        browser.findElement(By.id("scope-orders-read")).click();
        browser.findElement(By.id("allowed-ips")).sendKeys("203.0.113.0/33");
        click("generate-submit");
        WebElement badAddress = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("allowed-ips-error")));
        assertThat(badAddress.getText()).contains("Allowed addresses");
        assertThat(browser.findElement(By.id("allowed-ips")).getAttribute("aria-invalid")).isEqualTo("true");

        browser.findElement(By.id("allowed-ips")).clear();
        browser.findElement(By.id("allowed-ips")).sendKeys("203.0.113.0/24, 198.51.100.7");
        click("generate-submit");
        String token = wait.until(driver -> {
            String text = driver.findElement(By.id("secret-value")).getText();
            return text.isEmpty() ? null : text;
        });
        click("secret-close");

        WebElement access = rowOf(token).findElement(By.cssSelector("[data-label=Access]"));
        assertThat(access.findElement(By.className("access")).getText()).isEqualTo("orders: read, stock: write");
        assertThat(access.findElement(By.className("from")).getText())
                .isEqualTo("Only from 203.0.113.0/24, 198.51.100.7");
        assertThat(service.get("/api/v1/me", "Bearer " + token).status()).as("not from an allowed address")
                .isEqualTo(401);
    }

    @Test
    void theWholeGenerateDialogWorksFromTheKeyboard() {
        signIn(seller.adminEmail());
        openAccessTokens();
        WebElement generateButton = browser.findElement(By.id("generate-open"));
        generateButton.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("generate-dialog")));
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("valid-until");

        browser.findElement(By.id("scope-stock-none")).sendKeys(Keys.ARROW_RIGHT);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("scope-stock-read");
        browser.findElement(By.id("note")).sendKeys("Typed only", Keys.ENTER);

        wait.until(driver -> !driver.findElement(By.id("secret-value")).getText().isEmpty());
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("secret-copy");
        browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("secret-dialog")));
        awaitSecretGone();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("generate-open");
    }

    @Test
    void wrongPasswordShowsAMessage() {
        browser.findElement(By.id("email")).sendKeys(seller.adminEmail());
        browser.findElement(By.id("password")).sendKeys("not the password", Keys.ENTER);

        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-error")));
        assertThat(error.getText()).isEqualTo("Wrong email or password.");
    }

    @Test
    void memberIsToldOnlyAdminsManageTokens() {
        signIn(memberEmail);
        openAccessTokens();

        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("not-admin"))).getText())
                .contains("Only seller admins can manage access tokens");
        assertThat(browser.findElement(By.id("tokens-admin")).isDisplayed()).isFalse();
    }

    @Test
    void signOutEndsTheSession() {
        signIn(seller.adminEmail());
        click("sign-out");

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-view")));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-view")));
        assertThat(browser.manage().getCookieNamed("__Host-access_tokens_session")).isNull();
    }

    @Test
    void pageIsServedWithAStrictContentSecurityPolicy() {
        ApiClient.Reply page = service.get("/", null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'").doesNotContain("unsafe");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(page.header("Strict-Transport-Security")).isEqualTo("max-age=31536000");
        assertThat(page.body()).doesNotContain("<script>").doesNotContain("style=");
    }

    private static void signIn(String email) {
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(SellerFixture.PASSWORD);
        click("sign-in-submit");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("main-menu")));
        Cookie session = browser.manage().getCookieNamed("__Host-access_tokens_session");
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.isSecure()).isTrue();
    }

    private static void openAccessTokens() {
        click("settings-menu");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-access-tokens"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tokens-view")));
        wait.until(driver -> driver.findElement(By.id("not-admin")).isDisplayed()
                || driver.findElement(By.id("page-info")).getText().startsWith("Page"));
    }

    private static String generate(String note, String days, String... scopeChoices) {
        click("generate-open");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("generate-dialog")));
        browser.findElement(By.cssSelector(".quick button[data-days='" + days + "']")).click();
        for (String choice : scopeChoices.length == 0 ? new String[]{"orders-read"} : scopeChoices) {
            browser.findElement(By.id("scope-" + choice)).click();
        }
        browser.findElement(By.id("note")).sendKeys(note);
        click("generate-submit");
        return wait.until(driver -> {
            String text = driver.findElement(By.id("secret-value")).getText();
            return text.isEmpty() ? null : text;
        });
    }

    private static WebElement rowOf(String token) {
        String hint = token.substring(0, 8) + "…";
        return wait.until(driver -> driver.findElements(By.cssSelector("#tokens-body tr")).stream()
                .filter(row -> row.findElement(By.cssSelector("[data-label=Key]")).getText().equals(hint))
                .findFirst().orElse(null));
    }

    /**
     * The secret leaves the page with its dialog, in the handler of the dialog's close event, which the browser fires a
     * moment after the dialog closes; that handler also gives the focus back.
     */
    private static void awaitSecretGone() {
        wait.until(driver -> driver.findElement(By.id("secret-value")).getAttribute("textContent").isEmpty());
    }

    private static void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    private static String baseUrl() {
        return "http://localhost:" + service.context().getBean(io.micronaut.runtime.server.EmbeddedServer.class)
                .getPort() + "/";
    }
}
