package io.aigcfactory.creative.media.fetch;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.aigcfactory.creative.media.MediaSettings;
import io.aigcfactory.creative.media.TestPhotos;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The fetcher against a real HTTP server listening on 127.0.0.1 only. Host names resolve
 * through a stub: {@code photos.test} to the listener, {@code metadata.test} to the cloud
 * metadata address, which the guard refuses before anything connects to it.
 */
class PhotoFetcherTests {

	private static final byte[] PNG = TestPhotos.png(32, 32);

	private final AtomicInteger requests = new AtomicInteger();

	private final CountDownLatch release = new CountDownLatch(1);

	private HttpServer server;

	private String base;

	private final HostResolver resolver = (host) -> switch (host) {
		case "photos.test" -> List.of(InetAddress.getByName("127.0.0.1"));
		case "metadata.test" -> List.of(InetAddress.getByName("169.254.169.254"));
		case "intranet.test" -> List.of(InetAddress.getByName("10.0.0.8"));
		default -> throw new UnknownHostException(host);
	};

	@BeforeEach
	void start() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
		this.server.createContext("/cup.png", (exchange) -> send(exchange, 200, PNG, Map.of()));
		this.server.createContext("/moved",
				(exchange) -> send(exchange, 302, new byte[0], Map.of("Location", "/hop?to=/cup.png")));
		this.server.createContext("/hop", (exchange) -> send(exchange, 301, new byte[0],
				Map.of("Location", exchange.getRequestURI().getQuery().substring(3))));
		this.server.createContext("/to-metadata", (exchange) -> send(exchange, 302, new byte[0],
				Map.of("Location", "http://metadata.test/latest/meta-data/")));
		this.server.createContext("/to-intranet", (exchange) -> send(exchange, 307, new byte[0],
				Map.of("Location", "http://intranet.test:" + port() + "/cup.png")));
		this.server.createContext("/loop", (exchange) -> send(exchange, 302, new byte[0], Map.of("Location", "/loop")));
		this.server.createContext("/huge-chunked", this::endless);
		this.server.createContext("/huge-declared", (exchange) -> {
			this.requests.incrementAndGet();
			exchange.sendResponseHeaders(200, 50L * 1024 * 1024);
			exchange.getResponseBody().write(PNG, 0, 16);
			exchange.getResponseBody().flush();
			exchange.close();
		});
		this.server.createContext("/slow", (exchange) -> {
			try {
				this.release.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			send(exchange, 200, PNG, Map.of());
		});
		this.server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
		this.server.start();
		this.base = "http://photos.test:" + port();
	}

	@AfterEach
	void stop() {
		this.release.countDown();
		this.server.stop(0);
	}

	@Test
	void fetchesFromTheAddressTheGuardChecked() {
		assertThat(fetcher(true).fetch(this.base + "/cup.png")).isEqualTo(PNG);
	}

	@Test
	void followsRedirectsCheckingEachHop() {
		assertThat(fetcher(true).fetch(this.base + "/moved")).isEqualTo(PNG);
		assertThat(this.requests).hasValue(3);
	}

	@Test
	void refusesARedirectToTheMetadataAddress() {
		assertThatExceptionOfType(FetchRefused.class).isThrownBy(() -> fetcher(true).fetch(this.base + "/to-metadata"))
			.withMessageContaining("169.254.169.254");
		assertThat(this.requests).hasValue(1);
	}

	@Test
	void refusesARedirectToAPrivateAddressEvenWithLoopbackAllowed() {
		assertThatExceptionOfType(FetchRefused.class).isThrownBy(() -> fetcher(true).fetch(this.base + "/to-intranet"))
			.withMessageContaining("10.0.0.8")
			.withMessageContaining("RFC 1918");
	}

	@Test
	void refusesLoopbackWithoutTheEscapeHatch() {
		assertThatExceptionOfType(FetchRefused.class).isThrownBy(() -> fetcher(false).fetch(this.base + "/cup.png"))
			.withMessageContaining("loopback");
		assertThat(this.requests).hasValue(0);
	}

	@Test
	void stopsAfterTooManyRedirects() {
		assertThatExceptionOfType(FetchRefused.class).isThrownBy(() -> fetcher(true).fetch(this.base + "/loop"))
			.withMessage("redirects more than 3 times");
		assertThat(this.requests).hasValue(4);
	}

	@Test
	void stopsReadingAnEndlessBodyAtTheLimit() {
		assertThatExceptionOfType(FetchRefused.class).isThrownBy(() -> fetcher(true).fetch(this.base + "/huge-chunked"))
			.withMessageContaining("larger than 65536 bytes");
	}

	@Test
	void refusesADeclaredLengthOverTheLimit() {
		assertThatExceptionOfType(FetchRefused.class)
			.isThrownBy(() -> fetcher(true).fetch(this.base + "/huge-declared"))
			.withMessageContaining("Content-Length");
	}

	@Test
	void givesUpOnASilentServer() {
		assertThatExceptionOfType(FetchRefused.class).isThrownBy(() -> fetcher(true).fetch(this.base + "/slow"))
			.withMessageContaining("cannot be downloaded");
	}

	@Test
	void namesTheStatusOfAFailedDownload() {
		assertThatExceptionOfType(FetchRefused.class).isThrownBy(() -> fetcher(true).fetch(this.base + "/missing"))
			.withMessage("answered HTTP 404");
	}

	private PhotoFetcher fetcher(boolean allowLoopback) {
		MediaSettings settings = new MediaSettings(DataSize.ofKilobytes(64), 40_000_000, 5, Duration.ofSeconds(2),
				Duration.ofMillis(300), Duration.ofSeconds(5), 3, 4, allowLoopback);
		return new PhotoFetcher(new UrlGuard(this.resolver, allowLoopback), settings);
	}

	private int port() {
		return this.server.getAddress().getPort();
	}

	private void endless(HttpExchange exchange) throws IOException {
		this.requests.incrementAndGet();
		exchange.sendResponseHeaders(200, 0);
		byte[] block = new byte[8192];
		try (OutputStream out = exchange.getResponseBody()) {
			for (int i = 0; i < 1024; i++) {
				out.write(block);
			}
		}
		catch (IOException ex) {
			// the fetcher hung up at its limit
		}
	}

	private void send(HttpExchange exchange, int status, byte[] body, Map<String, String> headers) throws IOException {
		this.requests.incrementAndGet();
		headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
		exchange.sendResponseHeaders(status, (body.length == 0) ? -1 : body.length);
		if (body.length > 0) {
			exchange.getResponseBody().write(body);
		}
		exchange.close();
	}

}
