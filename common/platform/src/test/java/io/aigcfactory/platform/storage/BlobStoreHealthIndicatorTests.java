package io.aigcfactory.platform.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import io.aigcfactory.platform.storage.fs.FilesystemBlobStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

class BlobStoreHealthIndicatorTests {

	@TempDir
	Path root;

	@Test
	void upWhenAProbeIsWrittenAndReadBack() {
		Health health = new BlobStoreHealthIndicator(new FilesystemBlobStore(this.root), Clock.systemUTC()).health();

		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(this.root.resolve(BlobStoreHealthIndicator.PROBE_KEY)).isRegularFile();
	}

	@Test
	void downWhenTheStoreCannotWrite() throws IOException {
		Path notADirectory = Files.writeString(this.root.resolve("occupied"),
				"a file where the store's root should be");

		Health health = new BlobStoreHealthIndicator(new FilesystemBlobStore(notADirectory), Clock.systemUTC())
			.health();

		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsKey("error");
	}

}
