package io.aigcfactory.test.kserve;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import inference.ModelInferRequest;
import io.aigcfactory.test.kserve.TestModel.TestTensorSpec;
import io.grpc.Context;
import io.grpc.Status;

/**
 * One served model: checks requests against its signature, occupies one of its instances
 * for the batch's cost, and counts what it saw.
 */
final class ModelRuntime {

	final TestModel model;

	private final Semaphore instances;

	private final AtomicLong requests = new AtomicLong();

	private final AtomicLong items = new AtomicLong();

	private final AtomicInteger largest = new AtomicInteger();

	private final AtomicLong expiredOnArrival = new AtomicLong();

	private final AtomicLong failed = new AtomicLong();

	private final AtomicInteger failNext = new AtomicInteger();

	private volatile Status.Code failWith = Status.Code.UNAVAILABLE;

	private volatile Duration extraLatency = Duration.ZERO;

	ModelRuntime(TestModel model) {
		this.model = model;
		this.instances = new Semaphore(model.instances(), true);
	}

	void failNext(int count, Status.Code code) {
		this.failWith = code;
		this.failNext.set(count);
	}

	void addLatency(Duration latency) {
		this.extraLatency = latency;
	}

	ModelStats stats() {
		return new ModelStats(this.requests.get(), this.items.get(), this.largest.get(), this.expiredOnArrival.get(),
				this.failed.get());
	}

	/**
	 * Runs one request: validation, injected failures, the device time, then the kernel.
	 */
	List<List<TestTensor>> run(ModelInferRequest request) {
		if (Context.current().getDeadline() != null && Context.current().getDeadline().isExpired()) {
			this.expiredOnArrival.incrementAndGet();
		}
		try {
			if (this.failNext.getAndUpdate((n) -> Math.max(0, n - 1)) > 0) {
				throw Status.fromCode(this.failWith).withDescription("injected failure").asRuntimeException();
			}
			List<TestTensor> inputs = inputs(request);
			int batch = (this.model.maxBatchSize() > 0) ? (int) inputs.get(0).shape()[0] : 1;
			if (this.model.maxBatchSize() > 0 && batch > this.model.maxBatchSize()) {
				throw invalid("batch of " + batch + " exceeds max_batch_size " + this.model.maxBatchSize());
			}
			this.requests.incrementAndGet();
			this.items.addAndGet(batch);
			this.largest.accumulateAndGet(batch, Math::max);
			occupy(batch);
			return this.model.kernel().compute(batch, inputs);
		}
		catch (IllegalArgumentException ex) {
			this.failed.incrementAndGet();
			throw invalid(ex.getMessage());
		}
		catch (RuntimeException ex) {
			this.failed.incrementAndGet();
			throw ex;
		}
	}

	private void occupy(int batch) {
		long nanos = this.model.a().toNanos() + batch * this.model.b().toNanos() + this.extraLatency.toNanos();
		if (nanos == 0) {
			return;
		}
		this.instances.acquireUninterruptibly();
		try {
			long until = System.nanoTime() + nanos;
			for (long left = nanos; left > 0; left = until - System.nanoTime()) {
				LockSupport.parkNanos(left);
			}
		}
		finally {
			this.instances.release();
		}
	}

	private List<TestTensor> inputs(ModelInferRequest request) {
		if (request.getRawInputContentsCount() != request.getInputsCount()) {
			throw invalid("expected " + request.getInputsCount() + " raw_input_contents, got "
					+ request.getRawInputContentsCount());
		}
		List<TestTensor> inputs = new ArrayList<>();
		for (int i = 0; i < request.getInputsCount(); i++) {
			ModelInferRequest.InferInputTensor input = request.getInputs(i);
			TestTensorSpec spec = spec(input.getName());
			long[] shape = input.getShapeList().stream().mapToLong(Long::longValue).toArray();
			if (!spec.datatype().equals(input.getDatatype())) {
				throw invalid(
						"input '" + input.getName() + "' must be " + spec.datatype() + ", got " + input.getDatatype());
			}
			checkShape(input.getName(), spec.shape(), shape);
			TestTensor tensor = new TestTensor(input.getName(), input.getDatatype(), shape,
					request.getRawInputContents(i));
			checkSize(tensor);
			inputs.add(tensor);
		}
		return inputs;
	}

	private TestTensorSpec spec(String name) {
		return this.model.inputs()
			.stream()
			.filter((s) -> s.name().equals(name))
			.findFirst()
			.orElseThrow(
					() -> invalid("unexpected inference input '" + name + "' for model '" + this.model.name() + "'"));
	}

	private static void checkShape(String name, long[] expected, long[] actual) {
		boolean fits = expected.length == actual.length;
		for (int i = 0; fits && i < actual.length; i++) {
			fits = expected[i] == -1 || expected[i] == actual[i];
		}
		if (!fits) {
			throw invalid("unexpected shape for input '" + name + "'");
		}
	}

	private static void checkSize(TestTensor tensor) {
		long count = 1;
		for (long dim : tensor.shape()) {
			count *= dim;
		}
		if (tensor.datatype().equals("BYTES")) {
			if (TestModels.bytesElements(tensor.raw()).size() != count) {
				throw invalid("input '" + tensor.name() + "' holds the wrong number of BYTES elements");
			}
			return;
		}
		if (tensor.raw().size() != count * elementSize(tensor.datatype())) {
			throw invalid(
					"input '" + tensor.name() + "' has " + tensor.raw().size() + " bytes for " + count + " elements");
		}
	}

	private static int elementSize(String datatype) {
		return switch (datatype) {
			case "BOOL", "UINT8", "INT8" -> 1;
			case "UINT16", "INT16", "FP16", "BF16" -> 2;
			case "UINT32", "INT32", "FP32" -> 4;
			default -> 8;
		};
	}

	static RuntimeException invalid(String message) {
		return Status.INVALID_ARGUMENT.withDescription(message).asRuntimeException();
	}

}
