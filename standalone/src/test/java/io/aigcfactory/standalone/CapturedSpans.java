package io.aigcfactory.standalone;

import java.util.Collection;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Keeps in memory, for the tests, the spans that every application of the standalone JVM
 * finishes, once the system property {@value #ENABLED} is {@code true}: each application
 * gets an exporter of its own (closing one application must not stop the others'), and
 * all of them add to one list.
 */
@AutoConfiguration
@ConditionalOnProperty(name = CapturedSpans.ENABLED, havingValue = "true")
public class CapturedSpans {

	static final String ENABLED = "aigc.test.capture-spans";

	private static final Queue<SpanData> spans = new ConcurrentLinkedQueue<>();

	/** The spans finished so far, by every application. */
	static List<SpanData> all() {
		return List.copyOf(spans);
	}

	static void clear() {
		spans.clear();
	}

	@Bean
	SpanExporter capturingSpanExporter() {
		return new SpanExporter() {

			@Override
			public CompletableResultCode export(Collection<SpanData> finished) {
				spans.addAll(finished);
				return CompletableResultCode.ofSuccess();
			}

			@Override
			public CompletableResultCode flush() {
				return CompletableResultCode.ofSuccess();
			}

			@Override
			public CompletableResultCode shutdown() {
				return CompletableResultCode.ofSuccess();
			}

		};
	}

}
