package org.entente.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.regex.Pattern;

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
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import tools.jackson.databind.json.JsonMapper;

/**
 * What a new analyst does in Neo4j Browser, driven in headless Chromium: open {@code /browser/}, wait until it is
 * connected, open Entente's guide, click a query of the guide, run it, and wait for the graph. Debian's chromium
 * and chromium-driver are used as installed ({@code .ci/run} installs them); nothing is downloaded. Chromium's
 * performance log records every request the page makes ({@link #requests()}), the ones that leave the machine too.
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
    private final List<String> requests = new ArrayList<>();

    public BrowserTour(String base) {
        this.base = base;
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1500,1000");
        var logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
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

    /**
     * Drags the node whose caption has the line {@code caption} to a point of the graph, in small steps as a hand
     * would: {@code x} and {@code y} are fractions of its width and height (the panel beside the graph covers about
     * its right fifth). Neo4j Browser takes no positions from a query or a style, but keeps a node that was dragged
     * where it was dropped.
     */
    public void place(String caption, double x, double y) throws InterruptedException {
        var node = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//*[local-name()='g' and contains(concat(' ', @class, ' '), ' node ')"
                + " and .//*[local-name()='text' and normalize-space() = \"" + caption + "\"]]")));
        var graph = node.findElement(By.xpath("ancestor::*[local-name()='svg'][1]")).getRect();
        var circle = node.findElement(By.xpath(".//*[local-name()='circle'][contains(@class, 'b-outline')]"));
        var at = circle.getRect();
        int dx = (int) Math.round(graph.getX() + graph.getWidth() * x - (at.getX() + at.getWidth() / 2.0));
        int dy = (int) Math.round(graph.getY() + graph.getHeight() * y - (at.getY() + at.getHeight() / 2.0));
        var drag = new Actions(driver).moveToElement(circle).clickAndHold();
        int steps = 10;
        for (int i = 0; i < steps; i++) {
            drag = drag.moveByOffset(dx * (i + 1) / steps - dx * i / steps, dy * (i + 1) / steps - dy * i / steps).pause(Duration.ofMillis(30));
        }
        drag.release().perform();
        Thread.sleep(500);
    }

    /**
     * Clicks the graph's background, near its top left corner, so that the panel beside the newest graph shows its
     * overview (the labels with their colours, a legend) instead of whatever the mouse last passed over; and clears a
     * text selection a drag may have left.
     */
    public void overview() {
        ((JavascriptExecutor) driver).executeScript("window.getSelection().removeAllRanges()");
        var graph = driver.findElement(By.xpath("(//*[local-name()='svg'][.//*[local-name()='g' and contains(@class, 'node')]])[1]"));
        var size = graph.getRect();
        new Actions(driver).moveToElement(graph, -size.getWidth() / 2 + 8, -size.getHeight() / 2 + 8).click().perform();
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Every address the page asked for since the tour began, in order: documents, scripts, style sheets, fonts, fetches
     * and WebSockets, of the page and its workers, whether they succeeded or not. From Chromium's performance log.
     */
    public List<String> requests() {
        for (var entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            var message = JSON.readTree(entry.getMessage()).path("message");
            var method = message.path("method").asString("");
            if (method.equals("Network.requestWillBeSent")) {
                requests.add(message.path("params").path("request").path("url").asString());
            } else if (method.equals("Network.webSocketCreated")) {
                requests.add(message.path("params").path("url").asString());
            }
        }
        return List.copyOf(requests);
    }

    private static final Pattern AUTHORITY = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://([^/?#]*)");

    /** The host and port an address names ({@code 127.0.0.1:7687}); empty for one that names none (data:, blob:, about:). */
    public static String hostAndPort(String url) {
        var matcher = AUTHORITY.matcher(url);
        if (!matcher.find()) {
            return "";
        }
        var authority = matcher.group(1);
        return authority.substring(authority.indexOf('@') + 1);
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

    /** The guide's Georgia query: the claims Georgia is a party to or the subject of, and who else takes part. */
    static final String GEORGIA = "MATCH p = (:Country {id: 'country:geo'})-[:PARTY|ABOUT]-(:Claim)-[:PARTY|ABOUT]-(:Entity) RETURN p";

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
            Thread.sleep(2000);
            // the two sides left and right, as the guide tells the analyst to drag them; the claims settle between them
            tour.place("United", 0.1, 0.5);
            tour.place("Russia", 0.65, 0.5);
            tour.overview();
            Thread.sleep(3000);
            tour.top();
            tour.screenshot(folder.resolve("browser-us-russia.png"));
            tour.run(":clear");
            tour.run(GEORGIA);
            System.out.println("nodes: " + tour.waitForNodes(3));
            tour.overview();
            Thread.sleep(3000);
            tour.top();
            tour.screenshot(folder.resolve("browser-georgia.png"));
            var outside = tour.requests().stream().filter(u -> !hostAndPort(u).isEmpty()
                    && !hostAndPort(u).matches("(127\\.0\\.0\\.1|localhost):\\d+")).toList();
            System.out.println("requests to other hosts: " + outside);
        }
    }
}
