package io.aigcfactory.creative.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

import io.aigcfactory.creative.media.fetch.PhotoFetcher;
import io.aigcfactory.platform.web.FieldProblem;
import io.aigcfactory.platform.web.InvalidInput;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Turns the {@code images} of a submission into stored photos: each entry is either an
 * http(s) URL, fetched now and kept, or the id of a photo the tenant uploaded. Every
 * problem names its entry, {@code images[i]}.
 */
@Service
public class ProductPhotos {

	static final String FIELD = "images";

	private final MediaLibrary library;

	private final PhotoFetcher fetcher;

	private final MediaSettings settings;

	ProductPhotos(MediaLibrary library, PhotoFetcher fetcher, MediaSettings settings) {
		this.library = library;
		this.fetcher = fetcher;
		this.settings = settings;
	}

	/** What is wrong with the entries as written, before anything is fetched. */
	public List<FieldProblem> problems(@Nullable List<String> images) {
		List<FieldProblem> problems = new ArrayList<>();
		if (images == null) {
			return problems;
		}
		if (images.isEmpty() || images.size() > this.settings.maxImages()) {
			problems
				.add(FieldProblem.of(FIELD, "must list 1 to " + this.settings.maxImages() + " photos when present"));
			return problems;
		}
		for (int i = 0; i < images.size(); i++) {
			String entry = images.get(i);
			if (entry == null || entry.isBlank()) {
				problems.add(FieldProblem.of(field(i), "is required: an http(s) URL or a media id"));
			}
			else if (entry.length() > 2048) {
				problems.add(FieldProblem.of(field(i), "must be at most 2048 characters"));
			}
			else if (!isUrl(entry) && !MediaLibrary.isId(entry.strip())) {
				problems.add(FieldProblem.of(field(i),
						"must be an http(s) URL or the id of a photo uploaded to /api/v1/media"));
			}
		}
		return problems;
	}

	/**
	 * The stored photos of one submission's entries, in order.
	 * @throws InvalidInput naming each entry that could not be fetched or found
	 */
	public List<String> collect(String tenantId, @Nullable List<String> images) {
		Outcome outcome = collectAll(tenantId, (images != null) ? Map.of(0, images) : Map.of()).get(0);
		if (outcome == null) {
			return List.of();
		}
		if (!outcome.problems().isEmpty()) {
			throw new InvalidInput(outcome.problems());
		}
		return outcome.uris();
	}

	/**
	 * The stored photos of many submissions, by line; at most {@code fetch-parallelism}
	 * downloads run at once, and a URL cited on several lines is fetched once.
	 */
	public SortedMap<Integer, Outcome> collectAll(String tenantId, Map<Integer, List<String>> imagesByLine) {
		Semaphore permits = new Semaphore(this.settings.fetchParallelism());
		Map<String, CompletableFuture<String>> fetches = new ConcurrentHashMap<>();
		SortedMap<Integer, List<CompletableFuture<String>>> pending = new TreeMap<>();
		try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
			imagesByLine.forEach((line, images) -> pending.put(line, images.stream()
				.map(String::strip)
				.map((entry) -> fetches.computeIfAbsent(entry,
						(key) -> CompletableFuture.supplyAsync(() -> resolve(tenantId, key, permits), executor)))
				.toList()));
			SortedMap<Integer, Outcome> outcomes = new TreeMap<>();
			pending.forEach((line, futures) -> outcomes.put(line, outcome(futures)));
			return outcomes;
		}
	}

	private String resolve(String tenantId, String entry, Semaphore permits) {
		if (!isUrl(entry)) {
			return this.library.uriOf(tenantId, entry)
				.orElseThrow(() -> new UnacceptablePhoto("names no photo uploaded by this tenant: " + entry));
		}
		permits.acquireUninterruptibly();
		byte[] content;
		try {
			content = this.fetcher.fetch(entry);
		}
		finally {
			permits.release();
		}
		return this.library.store(tenantId, content).uri();
	}

	private static Outcome outcome(List<CompletableFuture<String>> futures) {
		List<String> uris = new ArrayList<>();
		List<FieldProblem> problems = new ArrayList<>();
		for (int i = 0; i < futures.size(); i++) {
			try {
				uris.add(futures.get(i).join());
			}
			catch (RuntimeException ex) {
				Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
				String reason = (cause instanceof UnacceptablePhoto) ? cause.getMessage()
						: "cannot be stored: " + cause.getClass().getSimpleName();
				problems.add(FieldProblem.of(field(i), String.valueOf(reason)));
			}
		}
		return new Outcome(problems.isEmpty() ? List.copyOf(uris) : List.of(), problems);
	}

	private static boolean isUrl(String entry) {
		String lower = entry.strip().toLowerCase(Locale.ROOT);
		return lower.startsWith("http://") || lower.startsWith("https://");
	}

	private static String field(int index) {
		return FIELD + "[" + index + "]";
	}

	/**
	 * What became of one submission's photos.
	 *
	 * @param uris the stored photos' {@code blob:} URIs, in order, when all were stored
	 * @param problems what went wrong, by entry; empty when all were stored
	 */
	public record Outcome(List<String> uris, List<FieldProblem> problems) {

	}

}
