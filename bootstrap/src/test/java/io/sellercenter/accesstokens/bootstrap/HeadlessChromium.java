package io.sellercenter.accesstokens.bootstrap;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Debian's Chromium and ChromeDriver ({@code .ci/run} installs them), headless, with a fresh profile. Missing
 * binaries fail the test: the browser tests never skip.
 */
final class HeadlessChromium {
    static final File BROWSER = new File("/usr/bin/chromium");
    static final File DRIVER = new File("/usr/bin/chromedriver");
    /** Where each browser's profile goes: with the build's output, not in the machine's temporary directory. */
    private static final Path PROFILES = Path.of("target", "chromium-profiles");

    private HeadlessChromium() {
    }

    static ChromeDriver start() {
        if (!BROWSER.canExecute() || !DRIVER.canExecute()) {
            throw new IllegalStateException("Chromium and ChromeDriver are needed at " + BROWSER + " and " + DRIVER
                    + ": apt-get install chromium chromium-driver (.ci/run does)");
        }
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BROWSER);
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage",
                    "--window-size=1280,900",
                    "--user-data-dir=" + Files.createTempDirectory(Files.createDirectories(PROFILES), "chromium-")
                            .toAbsolutePath());
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
                    .usingAnyFreePort().build();
            return new ChromeDriver(service, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
