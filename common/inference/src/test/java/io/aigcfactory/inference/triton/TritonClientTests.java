package io.aigcfactory.inference.triton;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import inference.ModelInferRequest;
import inference.ModelInferResponse;
import io.aigcfactory.inference.InferenceException;
import io.aigcfactory.inference.InferenceException.Reason;
import io.aigcfactory.inference.batch.BatchPolicy;
import io.aigcfactory.inference.batch.DynamicBatcher;
import io.aigcfactory.inference.codec.DataType;
import io.aigcfactory.inference.codec.Tensor;
import io.aigcfactory.inference.codec.Tensors;
import io.aigcfactory.test.kserve.KServeTestServer;
import io.aigcfactory.test.kserve.TestModels;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.aigcfactory.inference.codec.Tensors.shape;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class TritonClientTests {

	private static final Duration DEADLINE = Duration.ofSeconds(5);

	private final KServeTestServer server = KServeTestServer.inProcess(
			TestModels.addOne("add-one", 2, 8, Duration.ZERO, Duration.ZERO), TestModels.echoLlm("llm"),
			TestModels.identity("id-fp16", "FP16", -1, 3), TestModels.identity("id-bytes", "BYTES", -1, 2));

	private final ManagedChannel channel = this.server.newChannel();

	private final TritonClient client = new TritonClient("test", this.channel, 64 << 20);

	@AfterEach
	void close() {
		this.channel.shutdownNow();
		this.server.close();
	}

	@Test
	void reportsLivenessAndReadinessPerModel() {
		assertThat(this.client.serverLive(DEADLINE)).isTrue();
		assertThat(this.client.modelReady("add-one", DEADLINE)).isTrue();
		assertThat(this.client.modelReady("missing", DEADLINE)).isFalse();
		this.server.ready(false);
		assertThat(this.client.serverReady(DEADLINE)).isFalse();
	}

	@Test
	void readsTheModelSignature() {
		ModelSignature signature = this.client.modelMetadata("add-one", DEADLINE);
		assertThat(signature.inputs()).containsExactly(new TensorSpec("x", DataType.FP32, shape(-1, 2)));
		assertThatThrownBy(() -> this.client.modelMetadata("missing", DEADLINE)).isInstanceOf(InferenceException.class)
			.extracting((ex) -> ((InferenceException) ex).reason())
			.isEqualTo(Reason.UNKNOWN_MODEL);
	}

	@Test
	void tensorsRoundTripByteExactThroughTheServer() {
		for (var input : List.of(Tensors.fp16("in", shape(2, 3), 1f, -2f, 0.5f, 65504f, -0f, 3.14f),
				Tensors.strings("in", shape(2, 2), List.of("", "你好", "x", "yz")))) {
			TritonBackend backend = new TritonBackend(
					TritonModel.unbatched("id-" + input.dataType().name().toLowerCase()), List.of(this.client));
			Tensor out = backend.infer(0, List.of(ModelInput.of(input)), DEADLINE)
				.join()
				.get(0) instanceof io.aigcfactory.inference.batch.ItemResult.Success<ModelOutput> success
						? success.value().tensor("out") : null;
			assertThat(out).isNotNull();
			assertThat(out.data()).isEqualTo(input.data());
		}
	}

	@Test
	void mapsStatusesToWhetherARetryMakesSense() {
		this.server.failNext("add-one", 1, Status.Code.UNAVAILABLE);
		InferenceException unavailable = failure(this.client.infer(addOne(1f, 2f), DEADLINE));
		assertThat(unavailable.reason()).isEqualTo(Reason.UNAVAILABLE);
		assertThat(unavailable.retryable()).isTrue();
		InferenceException invalid = failure(this.client.infer(addOne(Float.NaN, 0f), DEADLINE));
		assertThat(invalid.reason()).isEqualTo(Reason.INVALID_INPUT);
		assertThat(invalid.retryable()).isFalse();
		InferenceException unknown = failure(
				this.client.infer(addOne(1f, 2f).toBuilder().setModelName("nope").build(), DEADLINE));
		assertThat(unknown.reason()).isEqualTo(Reason.UNKNOWN_MODEL);
	}

	@Test
	void aShortDeadlineFailsWithDeadlineExceeded() {
		this.server.addLatency("add-one", Duration.ofSeconds(2));
		assertThat(failure(this.client.infer(addOne(1f, 2f), Duration.ofMillis(50))).reason())
			.isEqualTo(Reason.DEADLINE_EXCEEDED);
	}

	@Test
	void decoupledModelsStreamTheirResponses() {
		List<ModelInferResponse> seen = new ArrayList<>();
		ModelInferRequest request = TensorStacking.request("llm", "",
				List.of(ModelInput.of(Tensors.strings("text_input", shape(1), List.of("hello world")),
						Tensors.bool("stream", shape(1), true))),
				false, DEADLINE);
		List<ModelInferResponse> responses = this.client.streamInfer(request, DEADLINE, seen::add).join();
		assertThat(responses).hasSize(3).isEqualTo(seen);
		StringBuilder text = new StringBuilder();
		responses.forEach((r) -> text
			.append(Tensors.toStrings(TensorStacking.split(r, 1, false).get(0).tensor("text_output")).get(0)));
		assertThat(text).hasToString("echo: hello world");
	}

	@Test
	void batchesThroughTheBatcherAndRejectsBadInputBeforeAnyCall() {
		TritonBackend backend = new TritonBackend(TritonModel.batched("add-one"), List.of(this.client));
		DynamicBatcher<ModelInput, ModelOutput> batcher = DynamicBatcher.create(backend,
				BatchPolicy.ofItems(8, Duration.ofMillis(1)));
		List<CompletableFuture<ModelOutput>> results = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			results.add(batcher.submit(ModelInput.of(Tensors.fp32("x", shape(2), i, -i))));
		}
		for (int i = 0; i < 20; i++) {
			assertThat(Tensors.toFloats(results.get(i).join().tensor("y"))).containsExactly(i + 1, -i + 1);
		}
		long requests = this.server.stats("add-one").requests();
		InferenceException wrongShape = failure(batcher.submit(ModelInput.of(Tensors.fp32("x", shape(3), 1, 2, 3))));
		assertThat(wrongShape.getMessage()).contains("'x'");
		InferenceException wrongName = failure(batcher.submit(ModelInput.of(Tensors.fp32("z", shape(2), 1, 2))));
		assertThat(wrongName.getMessage()).contains("'z'");
		assertThat(this.server.stats("add-one").requests()).isEqualTo(requests);
		batcher.close();
	}

	@Test
	void oversizedRequestsAreRefusedLocally() {
		TritonBackend backend = new TritonBackend(new TritonModel("add-one", "", true, 1024, Duration.ofSeconds(1)),
				List.of(this.client));
		assertThatThrownBy(() -> backend.validate(ModelInput.of(Tensors.fp32("x", shape(2), new float[2]),
				Tensors.uint8("big", shape(2048), new byte[2048]))))
			.hasMessageContaining("exceeds the limit of 1024 bytes");
		assertThatThrownBy(() -> new TritonModel("m", "", true, 3L << 30, Duration.ofSeconds(1)))
			.hasMessageContaining("maxRequestBytes");
	}

	@Test
	void aDownServerMeansNotReadyAndFastRetryableFailures() {
		this.server.close();
		assertThat(this.client.serverReady(DEADLINE)).isFalse();
		assertThat(new TritonBackend(TritonModel.batched("add-one"), List.of(this.client)).ready(DEADLINE)).isFalse();
		InferenceException down = failure(this.client.infer(addOne(1f, 2f), DEADLINE));
		assertThat(down.retryable()).isTrue();
		TritonBackend backend = new TritonBackend(TritonModel.batched("add-one"), List.of(this.client));
		assertThatThrownBy(() -> backend.validate(ModelInput.of(Tensors.fp32("x", shape(2), 1, 2))))
			.isInstanceOf(InferenceException.class)
			.matches((ex) -> ((InferenceException) ex).retryable());
	}

	private static ModelInferRequest addOne(float a, float b) {
		return TensorStacking.request("add-one", "", List.of(ModelInput.of(Tensors.fp32("x", shape(2), a, b))), true,
				DEADLINE);
	}

	static InferenceException failure(CompletableFuture<?> future) {
		CompletionException error = catchThrowableOfType(CompletionException.class, future::join);
		assertThat(error).isNotNull();
		assertThat(error.getCause()).isInstanceOf(InferenceException.class);
		return (InferenceException) error.getCause();
	}

}
