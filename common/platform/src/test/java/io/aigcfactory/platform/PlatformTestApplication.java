package io.aigcfactory.platform;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A minimal service that uses the platform the way real services do, keeping the spans it
 * finishes in memory for the tests to read.
 */
@SpringBootApplication
public class PlatformTestApplication {

	@Bean
	InMemorySpanExporter inMemorySpanExporter() {
		return InMemorySpanExporter.create();
	}

}
