package com.icpportal.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven through its ChromeDriver, headless. Without Chromium the browser tests
 * are skipped, unless {@code REQUIRE_BROWSER=true} (CI), where they fail instead.
 */
public final class Browser {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {}

    /** Clicks and waits until the next page has replaced this one: a click does not wait for navigation. */
    public static void clickAndWait(WebDriver driver, WebElement target) {
        WebElement page = driver.findElement(By.tagName("html"));
        target.click();
        // The old page is gone once its root can no longer be asked anything; Chromium reports that
        // either as a stale element or as a node that no longer belongs to the document.
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(current -> {
            try {
                page.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(current ->
                        "complete".equals(((JavascriptExecutor) current).executeScript("return document.readyState")));
    }

    /** Opens the sign-in page of the portal on this port and signs in there. */
    public static void signIn(WebDriver driver, int port, String username, String password) {
        driver.get("http://localhost:" + port + "/login");
        submitSignIn(driver, username, password);
    }

    /**
     * Fills in the sign-in form the current page shows (the login page, wherever it was reached
     * from) and sends it, as a person types; when the portal then asks for the second factor (staff,
     * and applicants who enrolled one), types the code the account's authenticator app shows now
     * ({@link SecondFactorCodes}). Waits for the page that follows, whatever it is.
     */
    public static void submitSignIn(WebDriver driver, String username, String password) {
        submitPassword(driver, username, password);
        SecondFactorCodes.complete(driver, username);
    }

    /**
     * As {@link #submitSignIn} but stops after the password: for tests of the second-factor page
     * itself, or of a sign-in that must fail.
     */
    public static void submitPassword(WebDriver driver, String username, String password) {
        WebElement name = driver.findElement(By.id("username"));
        name.clear(); // after a failed attempt the form shows the username typed
        name.sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        clickAndWait(driver, driver.findElement(By.cssSelector("main form.form button[type=submit]")));
    }

    /** Signs out through the header's button. */
    public static void signOut(WebDriver driver) {
        clickAndWait(driver, driver.findElement(By.cssSelector(".user-menu__logout button")));
    }

    public static ChromeDriver start() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equalsIgnoreCase(System.getenv("REQUIRE_BROWSER"))) {
            throw new IllegalStateException(
                    "REQUIRE_BROWSER=true but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing");
        }
        Assumptions.assumeTrue(installed, "Chromium is not installed: apt-get install chromium chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,900",
                "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }
}
