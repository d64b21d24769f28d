package io.aigcfactory.platform.storage.fs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.aigcfactory.platform.storage.BlobNotFound;
import io.aigcfactory.platform.storage.StoredBlob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FilesystemBlobStoreTests {

	@TempDir
	Path root;

	@Test
	void storesUnderTheKeyAndReadsBack() {
		FilesystemBlobStore store = new FilesystemBlobStore(this.root);
		byte[] content = "你好".getBytes(StandardCharsets.UTF_8);
		StoredBlob blob = store.put("assets/a1/copy.txt", content, "text/plain");
		assertThat(blob.uri()).isEqualTo("blob:assets/a1/copy.txt");
		assertThat(blob.bytes()).isEqualTo(6);
		assertThat(blob.sha256()).isEqualTo("670d9743542cae3ea7ebe36af56bd53648b0a1126162e78d81a32934a711302e");
		assertThat(Files.exists(this.root.resolve("assets/a1/copy.txt"))).isTrue();
		assertThat(store.read(blob.uri())).isEqualTo(content);
		assertThat(store.exists(blob.uri())).isTrue();
	}

	@Test
	void replacesWhatWasThere() {
		FilesystemBlobStore store = new FilesystemBlobStore(this.root);
		store.put("k", new byte[] { 1 }, "application/octet-stream");
		store.put("k", new byte[] { 2, 3 }, "application/octet-stream");
		assertThat(store.read("blob:k")).containsExactly(2, 3);
	}

	@Test
	void refusesKeysOutsideTheRoot() {
		FilesystemBlobStore store = new FilesystemBlobStore(this.root);
		assertThatIllegalArgumentException().isThrownBy(() -> store.put("../escape", new byte[0], "text/plain"));
		assertThatIllegalArgumentException().isThrownBy(() -> store.read("file:/etc/passwd"));
	}

	@Test
	void saysWhenNothingIsStored() {
		FilesystemBlobStore store = new FilesystemBlobStore(this.root);
		assertThat(store.exists("blob:missing")).isFalse();
		assertThatExceptionOfType(BlobNotFound.class).isThrownBy(() -> store.read("blob:missing"));
	}

}
