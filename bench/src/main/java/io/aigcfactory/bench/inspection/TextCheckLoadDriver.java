package io.aigcfactory.bench.inspection;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

/**
 * A closed-loop load driver for {@code POST /api/v1/inspections/text}: a number of
 * clients, each sending the next line of the development corpus as soon as its last
 * answer came back, for a fixed time after a warm-up. Prints requests per second, the
 * latency percentiles and the answers by status and verdict.
 * <p>
 * {@code java -cp ... io.aigcfactory.bench.inspection.TextCheckLoadDriver
 * --url=http://localhost:8090/api/v1/inspections/text --clients=8 --seconds=30 --warmup=10}
 */
public final class TextCheckLoadDriver {

	private TextCheckLoadDriver() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = Arrays.stream(args)
			.filter((arg) -> arg.startsWith("--") && arg.contains("="))
			.collect(Collectors.toMap((arg) -> arg.substring(2, arg.indexOf('=')),
					(arg) -> arg.substring(arg.indexOf('=') + 1)));
		URI url = URI.create(options.getOrDefault("url", "http://localhost:8090/api/v1/inspections/text"));
		int clients = Integer.parseInt(options.getOrDefault("clients", "8"));
		int seconds = Integer.parseInt(options.getOrDefault("seconds", "30"));
		int warmup = Integer.parseInt(options.getOrDefault("warmup", "10"));
		List<Corpus.Line> lines = Corpus.lines(Path.of(options.getOrDefault("corpus", Corpus.DEFAULT_PATH)));
		JsonMapper json = JsonMapper.shared();
		List<byte[]> bodies = lines.stream()
			.map((line) -> json.writeValueAsBytes(Map.of("text", line.text(), "category", line.category())))
			.toList();
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		System.out.printf("%s: %d clients, %d s warm-up, %d s measured, %d distinct texts%n", url, clients, warmup,
				seconds, bodies.size());
		run(http, url, bodies, clients, warmup, null);
		Tally tally = new Tally();
		long started = System.nanoTime();
		run(http, url, bodies, clients, seconds, tally);
		double elapsed = (System.nanoTime() - started) / 1e9;
		System.out.printf("requests: %d in %.1f s = %.0f requests/s%n", tally.latencies.count(), elapsed,
				tally.latencies.count() / elapsed);
		System.out.printf("latency ms: p50 %.2f, p90 %.2f, p99 %.2f, max %.2f%n", tally.latencies.percentile(50),
				tally.latencies.percentile(90), tally.latencies.percentile(99), tally.latencies.max());
		System.out.println("answers: " + tally.outcomes);
	}

	private static void run(HttpClient http, URI url, List<byte[]> bodies, int clients, int seconds,
			@org.jspecify.annotations.Nullable Tally tally) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		AtomicInteger next = new AtomicInteger();
		Thread[] threads = new Thread[clients];
		for (int c = 0; c < clients; c++) {
			threads[c] = Thread.ofPlatform().start(() -> {
				while (System.nanoTime() < deadline) {
					byte[] body = bodies.get(Math.floorMod(next.getAndIncrement(), bodies.size()));
					HttpRequest request = HttpRequest.newBuilder(url)
						.header("Content-Type", "application/json")
						.timeout(Duration.ofSeconds(10))
						.POST(HttpRequest.BodyPublishers.ofByteArray(body))
						.build();
					long sent = System.nanoTime();
					String outcome;
					try {
						HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
						int at = response.body().indexOf("\"verdict\":\"");
						outcome = response.statusCode() + ((at >= 0)
								? " " + response.body().substring(at + 11, response.body().indexOf('"', at + 11)) : "");
					}
					catch (Exception ex) {
						outcome = ex.getClass().getSimpleName();
					}
					if (tally != null) {
						tally.latencies.add(System.nanoTime() - sent);
						tally.outcomes.computeIfAbsent(outcome, (key) -> new LongAdder()).increment();
					}
				}
			});
		}
		for (Thread thread : threads) {
			thread.join();
		}
	}

	private static final class Tally {

		final Samples latencies = new Samples();

		final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();

	}

	/** Latencies from many threads. */
	private static final class Samples {

		private long[] samples = new long[1 << 16];

		private int count;

		synchronized void add(long nanos) {
			if (this.count == this.samples.length) {
				this.samples = Arrays.copyOf(this.samples, this.count * 2);
			}
			this.samples[this.count++] = nanos;
		}

		synchronized int count() {
			return this.count;
		}

		synchronized double percentile(double percentile) {
			long[] sorted = Arrays.copyOf(this.samples, this.count);
			Arrays.sort(sorted);
			int index = (int) Math.min(this.count - 1, Math.ceil(percentile / 100.0 * this.count) - 1);
			return (this.count == 0) ? Double.NaN : sorted[Math.max(0, index)] / 1e6;
		}

		synchronized double max() {
			return Arrays.stream(this.samples, 0, this.count).max().orElse(0) / 1e6;
		}

	}

}
