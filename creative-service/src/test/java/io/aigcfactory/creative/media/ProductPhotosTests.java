package io.aigcfactory.creative.media;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.aigcfactory.creative.media.fetch.FetchRefused;
import io.aigcfactory.creative.media.fetch.PhotoFetcher;
import io.aigcfactory.creative.media.fetch.UrlGuard;
import io.aigcfactory.platform.storage.fs.FilesystemBlobStore;
import io.aigcfactory.platform.web.FieldProblem;
import io.aigcfactory.platform.web.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Photos of submissions, with a fetcher that serves from memory instead of the network.
 */
class ProductPhotosTests {

	private static final MediaSettings SETTINGS = new MediaSettings(DataSize.ofMegabytes(20), 40_000_000, 5,
			Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(5), 3, 2, false);

	@TempDir
	Path root;

	private final AtomicInteger fetches = new AtomicInteger();

	private final AtomicInteger running = new AtomicInteger();

	private final AtomicInteger mostAtOnce = new AtomicInteger();

	private final PhotoFetcher fetcher = new PhotoFetcher(new UrlGuard((host) -> List.of(), false), SETTINGS) {

		@Override
		public byte[] fetch(String url) {
			ProductPhotosTests.this.fetches.incrementAndGet();
			int now = ProductPhotosTests.this.running.incrementAndGet();
			ProductPhotosTests.this.mostAtOnce.accumulateAndGet(now, Math::max);
			try {
				if (url.endsWith("broken")) {
					throw new FetchRefused("answered HTTP 500");
				}
				return TestPhotos.png(8 + url.length() % 5, 8);
			}
			finally {
				ProductPhotosTests.this.running.decrementAndGet();
			}
		}

	};

	@Test
	void namesEveryEntryThatIsWrittenWrong() {
		ProductPhotos photos = photos();
		assertThat(photos.problems(null)).isEmpty();
		assertThat(photos.problems(List.of())).extracting(FieldProblem::field).containsExactly("images");
		assertThat(photos.problems(List.of("a", "b", "c", "d", "e", "f"))).extracting(FieldProblem::field)
			.containsExactly("images");
		assertThat(photos.problems(java.util.Arrays.asList("https://x.example/a.png", " ", "file:///etc/passwd",
				"0123456789abcdef0123456789abcdef", null)))
			.extracting(FieldProblem::field)
			.containsExactly("images[1]", "images[2]", "images[4]");
	}

	@Test
	void fetchesAUrlCitedOnManyLinesOnceAndFailsOnlyTheLinesThatCiteABrokenOne() {
		SortedMap<Integer, List<String>> lines = new TreeMap<>();
		for (int line = 1; line <= 20; line++) {
			lines.put(line, List.of("https://shop.example/p" + (line % 4) + ".png"));
		}
		lines.put(21, List.of("https://shop.example/p1.png", "https://shop.example/broken"));
		SortedMap<Integer, ProductPhotos.Outcome> outcomes = photos().collectAll("acme", lines);
		assertThat(this.fetches).hasValue(5);
		assertThat(this.mostAtOnce.get()).isLessThanOrEqualTo(SETTINGS.fetchParallelism());
		assertThat(outcomes.get(1).uris()).singleElement().asString().startsWith("blob:media/acme/");
		assertThat(outcomes.get(5).uris()).isEqualTo(outcomes.get(1).uris());
		assertThat(outcomes.get(21).uris()).isEmpty();
		assertThat(outcomes.get(21).problems()).containsExactly(FieldProblem.of("images[1]", "answered HTTP 500"));
	}

	@Test
	void resolvesOnlyTheTenantsOwnUploads() {
		ProductPhotos photos = photos();
		MediaLibrary library = new MediaLibrary(new FilesystemBlobStore(this.root), SETTINGS);
		StoredMedia uploaded = library.store("acme", TestPhotos.png(10, 10));
		assertThat(photos.collect("acme", List.of(uploaded.id()))).containsExactly(uploaded.uri());
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> photos.collect("other", List.of(uploaded.id())))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(FieldProblem::field).containsExactly("images[0]"));
		assertThat(this.fetches).hasValue(0);
	}

	private ProductPhotos photos() {
		return new ProductPhotos(new MediaLibrary(new FilesystemBlobStore(this.root), SETTINGS), this.fetcher,
				SETTINGS);
	}

}
