package io.aigcfactory.inference.triton;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.aigcfactory.inference.batch.BatchObserver;
import io.aigcfactory.inference.batch.BatchPolicy;
import io.aigcfactory.inference.batch.DynamicBatcher;
import io.aigcfactory.inference.batch.EjectionPolicy;
import io.aigcfactory.inference.batch.SystemBatchClock;
import io.aigcfactory.inference.codec.Tensors;
import io.aigcfactory.test.kserve.KServeTestServer;
import io.aigcfactory.test.kserve.TestModel;
import io.aigcfactory.test.kserve.TestModels;
import io.grpc.ManagedChannel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.aigcfactory.inference.codec.Tensors.shape;
import static org.assertj.core.api.Assertions.assertThat;

class TritonSocketIntegrationTests {

	private final TestModel model = TestModels.addOne("add-one", 1, 16, Duration.ofMillis(2), Duration.ofMillis(0));

	private final KServeTestServer first = KServeTestServer.onSocket(this.model);

	private final KServeTestServer second = KServeTestServer.onSocket(this.model);

	private final List<ManagedChannel> channels = new ArrayList<>();

	@AfterEach
	void close() {
		this.channels.forEach(ManagedChannel::shutdownNow);
		this.first.close();
		this.second.close();
	}

	@Test
	void batchesSpreadOverEndpointsAndAFailedOneIsEjected() {
		DynamicBatcher<ModelInput, ModelOutput> batcher = new DynamicBatcher<>(
				new TritonBackend(TritonModel.batched("add-one"), List.of(client(this.first), client(this.second))),
				BatchPolicy.ofItems(16, Duration.ofMillis(1)), (item) -> 1, EjectionPolicy.DEFAULT,
				SystemBatchClock.shared(), BatchObserver.NONE);
		assertAllCorrect(batcher, 400);
		assertThat(this.first.stats("add-one").requests()).isPositive();
		assertThat(this.second.stats("add-one").requests()).isPositive();
		assertThat(this.first.stats("add-one").meanBatch()).isGreaterThan(1.0);
		this.second.close();
		List<CompletableFuture<ModelOutput>> duringFailure = submit(batcher, 50);
		long failed = duringFailure.stream().filter(CompletableFuture::isCompletedExceptionally).count();
		duringFailure.forEach((f) -> f.exceptionally((ex) -> null).join());
		assertThat(failed).isLessThanOrEqualTo(3 * 16);
		long before = this.first.stats("add-one").items();
		assertAllCorrect(batcher, 200);
		assertThat(this.first.stats("add-one").items() - before).isEqualTo(200);
	}

	@Test
	void aDnsTargetIsBalancedRoundRobinOverItsAddresses() {
		ManagedChannel channel = TritonChannels.open("dns:///" + this.first.target(), 64 << 20, Duration.ofMinutes(1));
		this.channels.add(channel);
		TritonClient client = new TritonClient("headless", channel, 64 << 20);
		assertThat(client.modelReady("add-one", Duration.ofSeconds(5))).isTrue();
		DynamicBatcher<ModelInput, ModelOutput> batcher = DynamicBatcher.create(
				new TritonBackend(TritonModel.batched("add-one"), List.of(client)),
				BatchPolicy.ofItems(16, Duration.ofMillis(1)));
		assertAllCorrect(batcher, 20);
		batcher.close();
	}

	private void assertAllCorrect(DynamicBatcher<ModelInput, ModelOutput> batcher, int count) {
		List<CompletableFuture<ModelOutput>> results = submit(batcher, count);
		for (int i = 0; i < count; i++) {
			assertThat(Tensors.toFloats(results.get(i).join().tensor("y"))).containsExactly(i + 1);
		}
	}

	private List<CompletableFuture<ModelOutput>> submit(DynamicBatcher<ModelInput, ModelOutput> batcher, int count) {
		List<CompletableFuture<ModelOutput>> results = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			results.add(batcher.submit(ModelInput.of(Tensors.fp32("x", shape(1), i))));
		}
		return results;
	}

	private TritonClient client(KServeTestServer server) {
		ManagedChannel channel = TritonChannels.open(server.target(), 64 << 20, Duration.ofMinutes(1));
		this.channels.add(channel);
		return new TritonClient(server.target(), channel, 64 << 20);
	}

}
