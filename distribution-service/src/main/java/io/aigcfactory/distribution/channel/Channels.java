package io.aigcfactory.distribution.channel;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.aigcfactory.distribution.channel.fs.FilesystemChannel;
import io.aigcfactory.distribution.channel.webhook.WebhookChannel;
import io.aigcfactory.platform.channel.ChannelCatalog;
import io.aigcfactory.platform.storage.BlobStore;
import io.aigcfactory.trust.carrier.Labels;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * One adapter per channel of the catalogue, each behind a bulkhead and a circuit breaker
 * of its own.
 */
@Component
public class Channels {

	private final Map<String, GuardedChannel> channels = new TreeMap<>();

	Channels(ChannelCatalog catalog, DistributionSettings settings, BlobStore blobs, JsonMapper json, Clock clock,
			Labels labels) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		DistributionSettings.ChannelLimits limits = settings.channel();
		catalog.catalog().forEach((id, channel) -> {
			Channel adapter = switch (channel.kind()) {
				case FILESYSTEM -> new FilesystemChannel(id,
						(channel.directory() != null) ? channel.directory() : settings.exportRoot().resolve(id), blobs,
						json, clock, labels);
				case WEBHOOK -> new WebhookChannel(id, channel.url(), channel.secret(), channel.timeout(),
						settings.publicBaseUrl(), limits.responseBodyLimit(), http, json, clock);
			};
			this.channels.put(id, new GuardedChannel(adapter, bulkhead(id, limits), breaker(id, limits),
					settings.pollInterval(), limits.openFor()));
		});
	}

	public Optional<Channel> find(String id) {
		return Optional.ofNullable(this.channels.get(id));
	}

	/**
	 * Whether the channel's circuit breaker lets publications through (closed or half
	 * open).
	 */
	public boolean accepting(String id) {
		GuardedChannel channel = this.channels.get(id);
		return channel != null && channel.state() != CircuitBreaker.State.OPEN;
	}

	private static Bulkhead bulkhead(String id, DistributionSettings.ChannelLimits limits) {
		return Bulkhead.of(id,
				BulkheadConfig.custom()
					.maxConcurrentCalls(limits.maxConcurrency())
					.maxWaitDuration(Duration.ZERO)
					.build());
	}

	private static CircuitBreaker breaker(String id, DistributionSettings.ChannelLimits limits) {
		return CircuitBreaker.of(id,
				CircuitBreakerConfig.custom()
					.failureRateThreshold(limits.failureRate())
					.slidingWindowSize(limits.window())
					.minimumNumberOfCalls(limits.minimumCalls())
					.waitDurationInOpenState(limits.openFor())
					.permittedNumberOfCallsInHalfOpenState(1)
					.automaticTransitionFromOpenToHalfOpenEnabled(false)
					.build());
	}

}
