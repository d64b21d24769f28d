package io.aigcfactory.test.kserve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.grpc.Status;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;

/**
 * A KServe v2 / Triton gRPC server for tests and benchmarks, in-process or on a loopback
 * socket. Its models really hold their "device" for the cost of each batch, one batch per
 * instance at a time, and failures and latency can be injected while it runs.
 */
public final class KServeTestServer implements AutoCloseable {

	private static final int MAX_MESSAGE = 256 << 20;

	private final Server server;

	private final ExecutorService executor;

	private final Map<String, ModelRuntime> models;

	private final InferenceService service;

	private final String inProcessName;

	private KServeTestServer(Map<String, ModelRuntime> models, boolean socket) {
		this(models, socket, 0);
	}

	private KServeTestServer(Map<String, ModelRuntime> models, boolean socket, int port) {
		this.models = models;
		this.service = new InferenceService(models);
		this.executor = Executors.newVirtualThreadPerTaskExecutor();
		this.inProcessName = socket ? "" : "kserve-test-" + UUID.randomUUID();
		ServerBuilder<?> builder = socket
				? NettyServerBuilder.forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))
					.maxInboundMessageSize(MAX_MESSAGE)
				: InProcessServerBuilder.forName(this.inProcessName).maxInboundMessageSize(MAX_MESSAGE);
		this.server = builder.executor(this.executor).addService(this.service).build();
		try {
			this.server.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Starts a server reachable only through {@link #newChannel()} in this JVM.
	 */
	public static KServeTestServer inProcess(TestModel... models) {
		return new KServeTestServer(runtimes(models), false);
	}

	/**
	 * Starts a server on a free loopback port.
	 */
	public static KServeTestServer onSocket(TestModel... models) {
		return new KServeTestServer(runtimes(models), true);
	}

	/**
	 * Starts a server on a given loopback port, for a local run that other processes
	 * dial.
	 */
	public static KServeTestServer onSocket(int port, TestModel... models) {
		return new KServeTestServer(runtimes(models), true, port);
	}

	private static Map<String, ModelRuntime> runtimes(TestModel... models) {
		Map<String, ModelRuntime> runtimes = new LinkedHashMap<>();
		for (TestModel model : models) {
			runtimes.put(model.name(), new ModelRuntime(model));
		}
		return Map.copyOf(runtimes);
	}

	/**
	 * The address clients dial: {@code 127.0.0.1:port} (the address it listens on, so
	 * that no resolver tries another loopback first), or the in-process name.
	 */
	public String target() {
		return this.inProcessName.isEmpty() ? InetAddress.getLoopbackAddress().getHostAddress() + ":" + port()
				: this.inProcessName;
	}

	public int port() {
		return this.server.getPort();
	}

	/**
	 * A new channel to this server; the caller shuts it down.
	 */
	public ManagedChannel newChannel() {
		if (this.inProcessName.isEmpty()) {
			return NettyChannelBuilder.forAddress(InetAddress.getLoopbackAddress().getHostAddress(), port())
				.usePlaintext()
				.maxInboundMessageSize(MAX_MESSAGE)
				.build();
		}
		return InProcessChannelBuilder.forName(this.inProcessName).maxInboundMessageSize(MAX_MESSAGE).build();
	}

	/**
	 * Makes readiness checks answer {@code ready}.
	 */
	public void ready(boolean ready) {
		this.service.ready(ready);
	}

	/**
	 * Fails the next {@code count} inference requests to a model with a status.
	 */
	public void failNext(String model, int count, Status.Code code) {
		runtime(model).failNext(count, code);
	}

	/**
	 * Adds latency to every batch of a model, on top of its cost.
	 */
	public void addLatency(String model, Duration latency) {
		runtime(model).addLatency(latency);
	}

	public ModelStats stats(String model) {
		return runtime(model).stats();
	}

	private ModelRuntime runtime(String model) {
		ModelRuntime runtime = this.models.get(model);
		if (runtime == null) {
			throw new IllegalArgumentException("No model '" + model + "' on this server");
		}
		return runtime;
	}

	@Override
	public void close() {
		this.server.shutdownNow();
		try {
			this.server.awaitTermination(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.executor.shutdownNow();
	}

}
