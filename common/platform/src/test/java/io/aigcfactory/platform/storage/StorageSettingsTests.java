package io.aigcfactory.platform.storage;

import io.aigcfactory.platform.storage.fs.FilesystemBlobStore;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/** The storage settings choose the backend and refuse an incomplete S3 configuration. */
class StorageSettingsTests {

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class, StorageAutoConfiguration.class));

	@Test
	void theFilesystemIsTheDefault() {
		this.contexts
			.run((context) -> assertThat(context).getBean(BlobStore.class).isInstanceOf(FilesystemBlobStore.class));
	}

	@Test
	void s3WithoutABucketIsRefused() {
		this.contexts.withPropertyValues("aigc.storage.backend=s3")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("aigc.storage.s3.bucket must be set"));
	}

	@Test
	void halfAPairOfCredentialsIsRefused() {
		this.contexts
			.withPropertyValues("aigc.storage.backend=s3", "aigc.storage.s3.bucket=b",
					"aigc.storage.s3.access-key-id=only-the-id")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("must be set together"));
	}

}
