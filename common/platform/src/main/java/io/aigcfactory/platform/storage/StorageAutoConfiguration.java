package io.aigcfactory.platform.storage;

import java.time.Clock;
import java.util.Objects;

import io.aigcfactory.platform.storage.fs.FilesystemBlobStore;
import io.aigcfactory.platform.storage.s3.S3BlobStore;
import io.aigcfactory.platform.storage.s3.S3Clients;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The blob store: the local filesystem unless a service defines another, or an
 * S3-compatible object store with {@code aigc.storage.backend=s3}.
 */
@AutoConfiguration
@EnableConfigurationProperties(StorageSettings.class)
public class StorageAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "aigc.storage.backend", havingValue = "s3")
	static class S3 {

		@Bean(destroyMethod = "close")
		@ConditionalOnMissingBean
		S3Client blobStoreS3Client(StorageSettings settings) {
			return S3Clients.create(settings.s3());
		}

		@Bean
		@ConditionalOnMissingBean(BlobStore.class)
		S3BlobStore s3BlobStore(S3Client s3, StorageSettings settings) {
			S3BlobStore store = new S3BlobStore(s3, Objects.requireNonNull(settings.s3().bucket()),
					settings.s3().keyPrefix());
			if (settings.s3().createBucket()) {
				store.createBucketIfMissing();
			}
			return store;
		}

	}

	@Bean
	@ConditionalOnMissingBean
	BlobStore blobStore(StorageSettings settings) {
		return new FilesystemBlobStore(settings.root());
	}

	@Bean
	@ConditionalOnClass(HealthIndicator.class)
	@ConditionalOnMissingBean(name = "blobStoreHealthIndicator")
	BlobStoreHealthIndicator blobStoreHealthIndicator(BlobStore store) {
		return new BlobStoreHealthIndicator(store, Clock.systemUTC());
	}

}
