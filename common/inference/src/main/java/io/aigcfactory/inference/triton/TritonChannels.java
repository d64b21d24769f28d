package io.aigcfactory.inference.triton;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;

/**
 * Opens channels to Triton endpoints. A {@code dns:///} target (a Kubernetes headless
 * service) is balanced per request across its addresses with {@code round_robin}; a plain
 * {@code host:port} is one endpoint. Unary calls are retried once on UNAVAILABLE through
 * the service config, within a retry budget, never by hand.
 */
public final class TritonChannels {

	private TritonChannels() {
	}

	/**
	 * Opens a channel; the caller owns it and must shut it down.
	 * @param target {@code host:port} or {@code dns:///name:port}
	 * @param maxMessageBytes the largest message accepted
	 * @param idleTimeout how long an unused connection is kept
	 * @return the channel
	 */
	public static ManagedChannel open(String target, int maxMessageBytes, Duration idleTimeout) {
		ManagedChannelBuilder<?> builder = Grpc.newChannelBuilder(target, InsecureChannelCredentials.create())
			.maxInboundMessageSize(maxMessageBytes)
			.idleTimeout(idleTimeout.toMillis(), TimeUnit.MILLISECONDS)
			.defaultServiceConfig(serviceConfig())
			.enableRetry();
		if (target.startsWith("dns:")) {
			builder.defaultLoadBalancingPolicy("round_robin");
		}
		return builder.build();
	}

	private static Map<String, Object> serviceConfig() {
		Map<String, Object> retry = Map.of("maxAttempts", 2.0, "initialBackoff", "0.01s", "maxBackoff", "0.1s",
				"backoffMultiplier", 2.0, "retryableStatusCodes", List.of("UNAVAILABLE"));
		List<Object> names = List.of("ModelInfer", "ModelReady", "ModelMetadata", "ServerReady")
			.stream()
			.<Object>map((method) -> Map.of("service", "inference.GRPCInferenceService", "method", method))
			.toList();
		return Map.of("methodConfig", List.of(Map.of("name", names, "retryPolicy", retry)), "retryThrottling",
				Map.of("maxTokens", 10.0, "tokenRatio", 0.1));
	}

}
