package io.aigcfactory.test.kserve;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Serves the {@code sdxl} test model on a loopback port for a local run of production
 * with {@code aigc.production.scene.backend=triton}. Arguments: the port (default 8001),
 * the fixed cost of a batch in milliseconds (default 40) and the cost per item (default
 * 10). Runs until the JVM is stopped.
 * <p>
 * {@code java -cp "$CP" io.aigcfactory.test.kserve.SdxlTestServer 8001 40 10}
 */
public final class SdxlTestServer {

	private SdxlTestServer() {
	}

	public static void main(String[] args) throws InterruptedException {
		int port = (args.length > 0) ? Integer.parseInt(args[0]) : 8001;
		Duration a = Duration.ofMillis((args.length > 1) ? Long.parseLong(args[1]) : 40);
		Duration b = Duration.ofMillis((args.length > 2) ? Long.parseLong(args[2]) : 10);
		KServeTestServer server = KServeTestServer.onSocket(port, SdxlTestModel.model("sdxl").withCost(a, b));
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			server.close();
			stopped.countDown();
		}));
		System.out.println("KServe test server with model 'sdxl' (cost " + a.toMillis() + " ms + " + b.toMillis()
				+ " ms per item) listening on " + server.target());
		stopped.await();
	}

}
