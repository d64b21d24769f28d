package io.aigcfactory.production.image.triton;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.aigcfactory.events.Scene;
import io.aigcfactory.inference.InferenceException;
import io.aigcfactory.inference.InferenceException.Reason;
import io.aigcfactory.inference.batch.BatchObserver;
import io.aigcfactory.inference.batch.BatchPolicy;
import io.aigcfactory.inference.batch.DynamicBatcher;
import io.aigcfactory.inference.batch.EjectionPolicy;
import io.aigcfactory.inference.batch.SystemBatchClock;
import io.aigcfactory.inference.codec.DataType;
import io.aigcfactory.inference.codec.Tensor;
import io.aigcfactory.inference.triton.ModelInput;
import io.aigcfactory.inference.triton.ModelOutput;
import io.aigcfactory.inference.triton.TritonBackend;
import io.aigcfactory.inference.triton.TritonClient;
import io.aigcfactory.inference.triton.TritonModel;
import io.aigcfactory.production.image.SceneUnavailable;
import io.aigcfactory.test.kserve.KServeTestServer;
import io.aigcfactory.test.kserve.SdxlTestModel;
import io.aigcfactory.test.kserve.TestModel;
import io.aigcfactory.test.kserve.TestTensor;
import io.grpc.ManagedChannel;
import io.grpc.inprocess.InProcessChannelBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Triton scene generator against the in-process KServe test server's {@code sdxl}
 * model, through a batcher that weighs each scene at pixels × steps.
 */
class TritonSceneGeneratorTests {

	private static final int WIDTH = 96;

	private static final int HEIGHT = 64;

	private static final int STEPS = 20;

	private static final long COST = (long) WIDTH * HEIGHT * STEPS;

	private final List<AutoCloseable> resources = new ArrayList<>();

	@AfterEach
	void close() throws Exception {
		for (AutoCloseable resource : this.resources.reversed()) {
			resource.close();
		}
	}

	@Test
	void scenesShareBatchesUpToTheCostCapAndEachCallerGetsItsOwnPixels() {
		KServeTestServer server = server(
				SdxlTestModel.model("sdxl").withCost(Duration.ofMillis(30), Duration.ofMillis(5)));
		TritonSceneGenerator generator = generator(server, "sdxl", 3 * COST);
		List<Scene> scenes = new ArrayList<>();
		List<CompletableFuture<BufferedImage>> results = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			Scene scene = new Scene("清晨的厨房 台面 自然光 " + i, "文字, 水印", 1000 + i);
			scenes.add(scene);
			results.add(generator.generate(scene, Duration.ofSeconds(10)));
		}

		for (int i = 0; i < scenes.size(); i++) {
			BufferedImage image = results.get(i).join();
			assertThat(image.getWidth()).isEqualTo(WIDTH);
			assertThat(image.getHeight()).isEqualTo(HEIGHT);
			assertThat(rgb(image)).as("scene %d", i)
				.isEqualTo(SdxlTestModel.paint(scenes.get(i).prompt(), scenes.get(i).seed(), WIDTH, HEIGHT));
		}
		assertThat(server.stats("sdxl").items()).isEqualTo(7);
		assertThat(server.stats("sdxl").largestBatch()).isBetween(2, 3);
		assertThat(server.stats("sdxl").requests()).isLessThan(7);
	}

	@Test
	void eachItemCarriesPromptNegativePromptSeedSizeAndStepsAsOneElementTensors() {
		KServeTestServer server = server(SdxlTestModel.model("sdxl"));
		ModelInput input = generator(server, "sdxl", COST).input(new Scene("海边 日落", "人物", 42));

		assertThat(input.tensors()).extracting(Tensor::name)
			.containsExactly("prompt", "negative_prompt", "seed", "width", "height", "steps");
		assertThat(input.tensors()).extracting(Tensor::dataType)
			.containsExactly(DataType.BYTES, DataType.BYTES, DataType.INT64, DataType.INT32, DataType.INT32,
					DataType.INT32);
		assertThat(input.tensors()).allSatisfy((tensor) -> assertThat(tensor.shape()).containsExactly(1));
	}

	@Test
	void aLateSceneFailsWithTheDeadline() {
		KServeTestServer server = server(SdxlTestModel.model("sdxl"));
		TritonSceneGenerator generator = generator(server, "sdxl", COST);
		generator.generate(new Scene("warm up", "", 1), Duration.ofSeconds(10)).join();
		server.addLatency("sdxl", Duration.ofSeconds(3));

		assertThatThrownBy(() -> generator.generate(new Scene("海边 日落", "", 2), Duration.ofMillis(300)).join())
			.isInstanceOf(CompletionException.class)
			.cause()
			.isInstanceOfSatisfying(InferenceException.class, (failure) -> assertThat(failure.reason())
				.isIn(Reason.DEADLINE_EXCEEDED, Reason.DEADLINE_UNREACHABLE));
	}

	@Test
	void aServerThatIsNotThereFailsAsUnavailable() {
		ManagedChannel channel = InProcessChannelBuilder.forName("no-such-server").build();
		this.resources.add(channel::shutdownNow);
		TritonSceneGenerator generator = generator(channel, "nowhere", "sdxl", COST);

		assertThatThrownBy(() -> generator.generate(new Scene("海边 日落", "", 2), Duration.ofSeconds(2)).join()).cause()
			.isInstanceOfSatisfying(InferenceException.class,
					(failure) -> assertThat(failure.reason()).isEqualTo(Reason.UNAVAILABLE));
	}

	@Test
	void anImageOfTheWrongShapeIsRefused() {
		TestModel sdxl = SdxlTestModel.model("halved");
		TestModel halved = new TestModel("halved", sdxl.inputs(), sdxl.outputs(), 8, Duration.ZERO, Duration.ZERO, 1,
				false,
				(batch, inputs) -> List
					.of(List.of(new TestTensor("image", "UINT8", new long[] { batch, HEIGHT / 2, WIDTH, 3 },
							com.google.protobuf.ByteString.copyFrom(new byte[batch * HEIGHT / 2 * WIDTH * 3])))));
		TritonSceneGenerator generator = generator(server(halved), "halved", COST);

		assertThatThrownBy(() -> generator.generate(new Scene("海边 日落", "", 2), Duration.ofSeconds(5)).join()).cause()
			.isInstanceOf(SceneUnavailable.class)
			.hasMessageContaining("[32, 96, 3]");
	}

	private KServeTestServer server(TestModel model) {
		KServeTestServer server = KServeTestServer.inProcess(model);
		this.resources.add(server);
		return server;
	}

	private TritonSceneGenerator generator(KServeTestServer server, String model, long maxBatchCost) {
		ManagedChannel channel = server.newChannel();
		this.resources.add(channel::shutdownNow);
		return generator(channel, server.target(), model, maxBatchCost);
	}

	private TritonSceneGenerator generator(ManagedChannel channel, String target, String model, long maxBatchCost) {
		TritonBackend backend = new TritonBackend(TritonModel.batched(model),
				List.of(new TritonClient(target, channel, 64 << 20)));
		BatchPolicy policy = new BatchPolicy(8, maxBatchCost, Duration.ofMillis(5), 64, 3, 2, Duration.ofSeconds(10),
				1);
		DynamicBatcher<ModelInput, ModelOutput> batcher = new DynamicBatcher<>(backend, policy, (item) -> COST,
				EjectionPolicy.DEFAULT, SystemBatchClock.shared(), BatchObserver.NONE);
		this.resources.add(batcher);
		return new TritonSceneGenerator(batcher, WIDTH, HEIGHT, STEPS);
	}

	private static byte[] rgb(BufferedImage image) {
		byte[] pixels = new byte[image.getWidth() * image.getHeight() * 3];
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int rgb = image.getRGB(x, y);
				int offset = (y * image.getWidth() + x) * 3;
				pixels[offset] = (byte) (rgb >> 16);
				pixels[offset + 1] = (byte) (rgb >> 8);
				pixels[offset + 2] = (byte) rgb;
			}
		}
		return pixels;
	}

}
