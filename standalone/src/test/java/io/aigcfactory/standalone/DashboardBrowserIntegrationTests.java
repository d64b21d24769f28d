package io.aigcfactory.standalone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator dashboard in a real headless Chromium against the whole platform: sign in
 * with the admin key, submit a product, approve its asset in the review queue (every
 * asset of the admin's tenant is sampled for review here, so one always waits there),
 * watch the requirement's live progress reach published, open the asset in the gallery,
 * and see the overview's charts drawn. Screenshots of each step are kept under
 * {@code target/dashboard/}. Skipped where Debian's {@code chromium} and
 * {@code chromium-driver} are not installed.
 */
class DashboardBrowserIntegrationTests {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path SCREENSHOTS = Path.of("target/dashboard");

	static final Duration PIPELINE = Duration.ofSeconds(90);

	@TempDir
	static Path root;

	static final JsonMapper json = JsonMapper.shared();

	static Standalone platform;

	static WebDriver browser;

	@BeforeAll
	static void start() throws IOException {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"The dashboard's browser test needs Debian's packages chromium and chromium-driver "
						+ "(/usr/bin/chromium, /usr/bin/chromedriver): apt-get install chromium chromium-driver");
		Files.createDirectories(SCREENSHOTS);
		platform = Standalone.start(new StandaloneSettings(0, root.resolve("data"), root.resolve("out"), 2,
				Map.of("aigc.inspection.review.sample-rates.default", "1.0")));
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
					"--window-size=1400,1000", "--lang=en-US");
		browser = new ChromeDriver(
				new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
	}

	@AfterAll
	static void stop() {
		if (browser != null) {
			browser.quit();
		}
		if (platform != null) {
			platform.close();
		}
	}

	@Test
	void anOperatorSignsInSubmitsApprovesWatchesItPublishAndSeesTheCharts() throws Exception {
		String home = "http://localhost:" + platform.port() + "/dashboard/";
		browser.get(home);
		// The live views redraw their elements as events arrive: an element found a
		// moment ago may be gone, so every wait looks it up again when it went stale.
		FluentWait<WebDriver> wait = new WebDriverWait(browser, Duration.ofSeconds(20))
			.ignoring(StaleElementReferenceException.class);
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("credential"))).sendKeys(platform.adminKey());
		browser.findElement(By.cssSelector("#login button[type=submit]")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("chart-funnel")));
		screenshot("1-overview-empty");

		open("requirements");
		browser.findElement(By.id("submit-product")).click();
		String requirement = attribute(wait, By.id("progress"), "data-requirement");
		assertThat(requirement).isNotBlank();
		screenshot("2-submitted");

		// The asset reaches the review queue once produced and inspected.
		FluentWait<WebDriver> pipeline = new WebDriverWait(browser, PIPELINE, Duration.ofSeconds(2))
			.ignoring(StaleElementReferenceException.class);
		String asset = pipeline.until((driver) -> {
			open("review");
			return driver.findElement(By.cssSelector("#review-queue a[data-asset]")).getDomAttribute("data-asset");
		});
		wait.until((driver) -> {
			driver.findElement(By.cssSelector("#review-queue a[data-asset='" + asset + "']")).click();
			return true;
		});
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review-item")));
		wait.until((driver) -> imageLoaded("review-image"));
		browser.findElement(By.id("review-reason")).sendKeys("Checked in the browser test");
		screenshot("3-review");
		browser.findElement(By.id("approve")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("review-result"), "APPROVED"));

		// Its live progress (server-sent events) follows it to published.
		open("requirements");
		wait.until(ExpectedConditions.elementToBeClickable(By.linkText("声悦 Pro 主动降噪蓝牙耳机"))).click();
		pipeline.until(ExpectedConditions.attributeToBe(By.id("progress"), "data-settled", "true"));
		assertThat(attribute(wait, By.id("progress"), "data-requirement")).isEqualTo(requirement);
		assertThat(text(wait, By.id("progress-status"))).isEqualTo("COMPLETED");
		assertThat(text(wait, By.cssSelector("#progress [data-stage=published]"))).endsWith(" 1");
		screenshot("4-published");

		open("gallery");
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".tile[data-asset='" + asset + "']")))
			.click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("asset-detail")));
		assertThat(text(wait, By.id("asset-verdict"))).isEqualTo("APPROVED");
		wait.until((driver) -> imageLoaded("asset-image"));
		assertThat(text(wait, By.id("labels"))).contains(asset);
		screenshot("5-asset");

		open("overview");
		for (String chart : List.of("chart-throughput", "chart-funnel")) {
			wait.until((driver) -> drawnPixels(chart) > 1000);
		}
		screenshot("6-overview");

		// The figures behind the charts, and the listing's bad input named by field.
		JsonNode overview = json.readTree(api("/api/v1/overview").body());
		assertThat(overview.path("funnel").path("published").asInt()).isEqualTo(1);
		assertThat(overview.path("throughput").path("accepted").valueStream().mapToInt(JsonNode::asInt).sum())
			.isEqualTo(1);
		assertThat(json.readTree(api("/api/v1/queues").body()).path("groups").has("creative-service")).isTrue();
		HttpResponse<String> badLimit = api("/api/v1/requirements?limit=0");
		assertThat(badLimit.statusCode()).isEqualTo(400);
		assertThat(badLimit.body()).contains("\"limit\"");
	}

	private static HttpResponse<String> api(String path) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + platform.port() + path))
				.header("Authorization", "Bearer " + platform.adminKey())
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** An element's attribute, looked up again where a redraw replaced the element. */
	private static String attribute(FluentWait<WebDriver> wait, By element, String name) {
		return wait.until((driver) -> driver.findElement(element).getDomAttribute(name));
	}

	/** An element's text, looked up again where a redraw replaced the element. */
	private static String text(FluentWait<WebDriver> wait, By element) {
		return wait.until((driver) -> driver.findElement(element).getText());
	}

	/** Opens a view afresh and waits until it has drawn what it loaded. */
	private static void open(String view) {
		browser.get("http://localhost:" + platform.port() + "/dashboard/#" + view);
		browser.navigate().refresh();
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector("#view[data-view='" + view + "'][data-ready=true]")));
	}

	private static boolean imageLoaded(String id) {
		return Boolean.TRUE
			.equals(((JavascriptExecutor) browser).executeScript("const image = document.getElementById(arguments[0]);"
					+ "return image !== null && image.complete && image.naturalWidth > 0;", id));
	}

	/** Pixels of the chart's canvas that something was drawn on. */
	private static long drawnPixels(String id) {
		Object drawn = ((JavascriptExecutor) browser).executeScript("""
				const canvas = document.querySelector('#' + arguments[0] + ' canvas');
				if (!canvas || canvas.width === 0) { return 0; }
				const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
				let drawn = 0;
				for (let i = 3; i < pixels.length; i += 4) { if (pixels[i] > 0) { drawn++; } }
				return drawn;
				""", id);
		return ((Number) drawn).longValue();
	}

	private static void screenshot(String name) {
		try {
			Files.write(SCREENSHOTS.resolve(name + ".png"), ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
