package io.katanaluca.sync;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's {@code chromium} and {@code chromium-driver}, driven headless by Selenium with no
 * browser download. Where they are not installed the browser tests are skipped (reported as skipped,
 * with {@link #MISSING} as the reason); in CI ({@code CI=true}, where {@code .ci/run} installs them)
 * their absence fails the build instead.
 */
final class HeadlessChromium {

    private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    private HeadlessChromium() {
    }

    static final String MISSING = "Chromium or chromedriver is not installed (apt-get install chromium chromium-driver, or set"
            + " CHROME_BIN and CHROMEDRIVER): the dashboard's browser test is skipped";

    /** For {@code @EnabledIf}: installed, or in CI, where a missing browser must fail the build rather than skip the test. */
    static boolean isInstalledOrInCi() {
        return isInstalled() || "true".equalsIgnoreCase(System.getenv("CI"));
    }

    static ChromeDriver start() {
        if (!isInstalled()) {
            fail(MISSING.replace("is skipped", "cannot run") + "; .ci/run should have installed them");
        }
        Optional<String> browser = firstExecutable("CHROME_BIN", BROWSERS);
        Optional<String> driver = firstExecutable("CHROMEDRIVER", DRIVERS);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver.get())).usingAnyFreePort().build();
        return new ChromeDriver(service, options(browser.get()));
    }

    private static boolean isInstalled() {
        return firstExecutable("CHROME_BIN", BROWSERS).isPresent() && firstExecutable("CHROMEDRIVER", DRIVERS).isPresent();
    }

    private static ChromeOptions options(String browser) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,1500",
                "--user-data-dir=" + freshProfile());
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        return options;
    }

    private static String freshProfile() {
        try {
            return Files.createTempDirectory("chromium-profile").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<String> firstExecutable(String environmentVariable, List<String> candidates) {
        String configured = System.getenv(environmentVariable);
        return (configured == null ? candidates : List.of(configured)).stream().filter(path -> new File(path).canExecute()).findFirst();
    }
}
