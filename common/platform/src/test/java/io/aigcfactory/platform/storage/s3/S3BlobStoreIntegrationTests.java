package io.aigcfactory.platform.storage.s3;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.aigcfactory.platform.storage.BlobNotFound;
import io.aigcfactory.platform.storage.BlobStore;
import io.aigcfactory.platform.storage.ContentDigests;
import io.aigcfactory.platform.storage.StorageAutoConfiguration;
import io.aigcfactory.platform.storage.StorageSettings;
import io.aigcfactory.platform.storage.StoredBlob;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The S3 adapter against a real S3-compatible server: Adobe's S3Mock, run from its
 * executable jar (copied to {@code target/s3mock} by the build) as its own process.
 */
class S3BlobStoreIntegrationTests {

	private static final Path S3MOCK_JAR = Path.of("target/s3mock/s3mock.jar");

	@TempDir
	static Path storeRoot;

	private static Process server;

	private static URI endpoint;

	private static S3Client s3;

	private static S3BlobStore store;

	@BeforeAll
	static void startServer() throws IOException {
		assertThat(S3MOCK_JAR).as("S3Mock jar, copied by maven-dependency-plugin").isRegularFile();
		int httpPort = freePort();
		int httpsPort = freePort();
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		server = new ProcessBuilder(List.of(java.toString(), "-Xmx384m", "-XX:TieredStopAtLevel=1", "-jar",
				S3MOCK_JAR.toAbsolutePath().toString(), "--http.port=" + httpPort, "--server.port=" + httpsPort,
				"--com.adobe.testing.s3mock.store.root=" + storeRoot.toAbsolutePath(),
				"--com.adobe.testing.s3mock.max-payload-size=64MB", "--spring.main.banner-mode=off"))
			.redirectErrorStream(true)
			.redirectOutput(storeRoot.resolveSibling(storeRoot.getFileName() + "-s3mock.log").toFile())
			.start();
		endpoint = URI.create("http://127.0.0.1:" + httpPort);
		StorageSettings.S3 settings = new StorageSettings.S3("blobs", "it/", endpoint, "us-east-1", true, "test",
				"test-secret", true);
		s3 = S3Clients.create(settings);
		store = new S3BlobStore(s3, "blobs", "it/");
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).ignoreExceptions().until(() -> {
			assertThat(server.isAlive()).as("S3Mock process").isTrue();
			store.createBucketIfMissing();
			return true;
		});
	}

	@AfterAll
	static void stopServer() {
		if (s3 != null) {
			s3.close();
		}
		if (server != null) {
			server.destroy();
		}
	}

	@Test
	void storedBlobsReadBackWithTheirDigest() {
		byte[] content = "爆款文案 copy".getBytes(StandardCharsets.UTF_8);

		StoredBlob stored = store.put("assets/a1/copy.txt", content, "text/plain;charset=UTF-8");

		assertThat(stored.uri()).isEqualTo("blob:assets/a1/copy.txt");
		assertThat(stored.bytes()).isEqualTo(content.length);
		assertThat(stored.sha256()).isEqualTo(ContentDigests.sha256(content));
		assertThat(store.exists(stored.uri())).isTrue();
		assertThat(store.read(stored.uri())).isEqualTo(content);
	}

	@Test
	void putReplacesWhatWasStored() {
		store.put("assets/a2/copy.txt", "first".getBytes(StandardCharsets.UTF_8), "text/plain");
		store.put("assets/a2/copy.txt", "second".getBytes(StandardCharsets.UTF_8), "text/plain");

		assertThat(new String(store.read("blob:assets/a2/copy.txt"), StandardCharsets.UTF_8)).isEqualTo("second");
	}

	@Test
	void missingKeysAreNotFound() {
		assertThat(store.exists("blob:assets/none/copy.txt")).isFalse();
		assertThatExceptionOfType(BlobNotFound.class).isThrownBy(() -> store.open("blob:assets/none/copy.txt"));
		assertThatExceptionOfType(BlobNotFound.class).isThrownBy(() -> store.read("blob:assets/none/copy.txt"));
	}

	@Test
	void largeObjectsStreamBackWhole() throws IOException {
		byte[] content = new byte[24 * 1024 * 1024];
		new Random(7).nextBytes(content);

		StoredBlob stored = store.put("assets/a3/video.mp4", content, "video/mp4");

		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		try (InputStream in = store.open(stored.uri())) {
			int count;
			while ((count = in.read(buffer)) >= 0) {
				assertThat(buffer[0]).isEqualTo(content[(int) total]);
				total += count;
			}
		}
		assertThat(total).isEqualTo(content.length);
		assertThat(ContentDigests.sha256(store.read(stored.uri()))).isEqualTo(stored.sha256());
	}

	@Test
	void anObjectThatNoLongerMatchesItsDigestFailsToRead() {
		StoredBlob stored = store.put("assets/a4/image.png", new byte[] { 1, 2, 3, 4 }, "image/png");
		s3.putObject(PutObjectRequest.builder()
			.bucket("blobs")
			.key("it/assets/a4/image.png")
			.metadata(Map.of(S3BlobStore.DIGEST_METADATA, stored.sha256()))
			.build(), RequestBody.fromBytes(new byte[] { 1, 2, 3, 5 }));

		assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(() -> store.read(stored.uri()))
			.havingRootCause()
			.withMessageContaining("does not match its stored digest");
	}

	@Test
	void keysOutsideTheStoreAreRefused() {
		for (String key : List.of("../etc/passwd", "/abs", "a//b", "a/./b", "")) {
			assertThatExceptionOfType(IllegalArgumentException.class)
				.isThrownBy(() -> store.put(key, new byte[] { 1 }, "application/octet-stream"));
		}
	}

	@Test
	void theBackendSettingSelectsTheS3Store() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(StorageAutoConfiguration.class))
			.withPropertyValues("aigc.storage.backend=s3", "aigc.storage.s3.bucket=auto-configured",
					"aigc.storage.s3.endpoint=" + endpoint, "aigc.storage.s3.path-style=true",
					"aigc.storage.s3.access-key-id=test", "aigc.storage.s3.secret-access-key=test-secret",
					"aigc.storage.s3.create-bucket=true")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				BlobStore blobs = context.getBean(BlobStore.class);
				assertThat(blobs).isInstanceOf(S3BlobStore.class);
				StoredBlob stored = blobs.put("k/v.txt", "v".getBytes(StandardCharsets.UTF_8), "text/plain");
				assertThat(blobs.read(stored.uri())).isEqualTo("v".getBytes(StandardCharsets.UTF_8));
			});
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
