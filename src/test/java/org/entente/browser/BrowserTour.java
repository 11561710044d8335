package org.entente.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a new analyst does in Neo4j Browser, driven in headless Chromium: open {@code /browser/}, wait until it is
 * connected, open Entente's guide, click a query of the guide, run it, and wait for the graph. Debian's chromium
 * and chromium-driver are used as installed ({@code .ci/run} installs them); nothing is downloaded.
 * <p>
 * Run on its own against a running Entente to make the README's pictures:
 * {@code java -cp <test classpath> org.entente.browser.BrowserTour http://127.0.0.1:8080 docs <browser key>} (the key is
 * in the link Entente prints at start-up)
 */
public final class BrowserTour implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final String base;
    private final WebDriver driver;
    private final WebDriverWait wait;

    public BrowserTour(String base) {
        this.base = base;
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1500,1000");
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(40));
    }

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /**
     * Opens the link Entente printed at start-up ({@code /browser/?key=}; {@code /browser/} for a null key, as on later
     * visits) and waits until Neo4j Browser says it is connected (its title names the server).
     */
    public String open(String key) {
        driver.get(base + "/browser/" + (key == null ? "" : "?key=" + key));
        wait.until(d -> d.getTitle() != null && d.getTitle().contains("bolt://"));
        return driver.getTitle();
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /**
     * The passwords Neo4j Browser keeps in the page's local storage, one per saved connection, once it has saved its
     * state after connecting (it saves debounced, within a second of an action; a busy machine may take longer): polled
     * for up to 10 s until none is left, then read as they are.
     */
    @SuppressWarnings("unchecked")
    public List<String> storedPasswords() {
        var script = "var s = JSON.parse(localStorage.getItem('neo4j.connections') || '{}');"
                + "return Object.values(s.connectionsById || {}).map(function (c) { return c.password || ''; });";
        try {
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> ((List<Object>) ((JavascriptExecutor) d)
                    .executeScript(script)).stream().allMatch(p -> String.valueOf(p).isEmpty()));
        } catch (org.openqa.selenium.TimeoutException stillThere) {
            // the caller's assertion says what is left
        }
        return ((List<Object>) ((JavascriptExecutor) driver).executeScript(script)).stream().map(String::valueOf).toList();
    }

    /** Runs a command or query typed in the editor, as with Ctrl+Enter. */
    public void run(String text) {
        var editor = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#monaco-main-editor textarea")));
        editor.sendKeys(text);
        editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
    }

    /** Waits until a guide whose first slide's title holds {@code title} is shown. */
    public void waitForGuide(String title) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//h3[contains(., \"" + title + "\")]")));
    }

    /** Waits for the guide (its first slide's title) and clicks its runnable query number {@code index}. */
    public String clickGuideQuery(String title, int slide, int index) throws InterruptedException {
        waitForGuide(title);
        for (int i = 0; i < slide; i++) {
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid='nextSlide']"))).click();
            Thread.sleep(400);
        }
        List<WebElement> runnable = wait.until(d -> {
            var found = d.findElements(By.cssSelector("pre.runnable, pre[class*='runnable']")).stream()
                    .filter(WebElement::isDisplayed).toList();
            return found.size() > index ? found : null;
        });
        var query = runnable.get(index);
        var text = query.getText();
        query.click();
        return text;
    }

    /** Waits until a graph view shows at least {@code count} nodes; returns their captions. */
    public List<String> waitForNodes(int count) {
        wait.until(d -> d.findElements(By.cssSelector("svg g.node")).size() >= count);
        return driver.findElements(By.cssSelector("svg g.node text")).stream().map(WebElement::getText)
                .filter(t -> !t.isBlank()).toList();
    }

    public void screenshot(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /** Scrolls the page to its top, so a picture shows the newest frame. */
    public void top() {
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
    }

    @Override
    public void close() {
        driver.quit();
    }

    public static void main(String[] args) throws Exception {
        var base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        var folder = Path.of(args.length > 1 ? args[1] : "docs");
        var key = args.length > 2 ? args[2] : "";
        try (var tour = new BrowserTour(base)) {
            System.out.println("connected: " + tour.open(key));
            tour.waitForGuide("Entente");
            Thread.sleep(1000);
            tour.screenshot(folder.resolve("browser-guide.png"));
            System.out.println("clicked: " + tour.clickGuideQuery("Entente", 2, 0));
            tour.run("");
            System.out.println("nodes: " + tour.waitForNodes(3));
            Thread.sleep(3000);
            tour.top();
            tour.screenshot(folder.resolve("browser-us-russia.png"));
            tour.run(":clear");
            tour.run("MATCH p = (:Country {id: 'country:geo'})<-[:ABOUT|PARTY]-(:Claim)-[:PARTY|ABOUT]-(:Entity) RETURN p");
            System.out.println("nodes: " + tour.waitForNodes(3));
            Thread.sleep(3000);
            tour.top();
            tour.screenshot(folder.resolve("browser-georgia.png"));
        }
    }
}
