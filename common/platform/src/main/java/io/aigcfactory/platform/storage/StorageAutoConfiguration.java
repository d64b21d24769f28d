package io.aigcfactory.platform.storage;

import java.time.Clock;

import io.aigcfactory.platform.storage.fs.FilesystemBlobStore;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/** The blob store: the local filesystem unless a service defines another. */
@AutoConfiguration
@EnableConfigurationProperties(StorageSettings.class)
public class StorageAutoConfiguration {

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
