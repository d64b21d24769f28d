package io.aigcfactory.test.kserve;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the KServe test server on a loopback port with the {@code llm} test model (the
 * decoupled one {@code TritonChatModel} calls) and {@code llm_batched} (the batching
 * one), for local runs of the platform against "Triton" without a GPU:
 * {@code java -cp <common-test classpath> io.aigcfactory.test.kserve.LocalKServe 8001}.
 */
public final class LocalKServe {

	private LocalKServe() {
	}

	public static void main(String[] args) throws InterruptedException {
		int port = (args.length > 0) ? Integer.parseInt(args[0]) : 8001;
		KServeTestServer server = KServeTestServer.onSocket(port, LlmTestModel.decoupled("llm"),
				LlmTestModel.batched("llm_batched", 16, Duration.ofMillis(20), Duration.ofMillis(2)));
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			server.close();
			stopped.countDown();
		}));
		System.out.println("KServe test server with models llm, llm_batched on " + server.target());
		stopped.await();
	}

}
