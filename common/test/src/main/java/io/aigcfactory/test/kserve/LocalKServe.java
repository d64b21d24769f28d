package io.aigcfactory.test.kserve;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the KServe test server on a loopback port with the {@code llm} test model (the
 * decoupled one {@code TritonChatModel} calls), {@code llm_batched} (the batching one)
 * {@code sdxl} (scenes painted from the prompt and seed, 40 ms + 10 ms per scene) and
 * {@code tts} (tones that follow the text's characters, 20 ms + 5 ms per script), for
 * local runs of the platform against "Triton" without a GPU:
 * {@code ./factory models 8001}, or
 * {@code java -cp <common-test classpath> io.aigcfactory.test.kserve.LocalKServe 8001}.
 */
public final class LocalKServe {

	private LocalKServe() {
	}

	public static void main(String[] args) throws InterruptedException {
		int port = (args.length > 0) ? Integer.parseInt(args[0]) : 8001;
		KServeTestServer server = KServeTestServer.onSocket(port, LlmTestModel.decoupled("llm"),
				LlmTestModel.batched("llm_batched", 16, Duration.ofMillis(20), Duration.ofMillis(2)),
				SdxlTestModel.model("sdxl").withCost(Duration.ofMillis(40), Duration.ofMillis(10)),
				TtsTestModel.model("tts").withCost(Duration.ofMillis(20), Duration.ofMillis(5)));
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			server.close();
			stopped.countDown();
		}));
		System.out.println("KServe test server with models llm, llm_batched, sdxl, tts on " + server.target());
		stopped.await();
	}

}
