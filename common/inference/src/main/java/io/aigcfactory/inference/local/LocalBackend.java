package io.aigcfactory.inference.local;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.aigcfactory.inference.InferenceException;
import io.aigcfactory.inference.InferenceException.Reason;
import io.aigcfactory.inference.batch.ItemResult;
import io.aigcfactory.inference.batch.ModelBackend;

/**
 * Runs a {@link LocalModel} on a few worker threads, as one endpoint named {@code local}:
 * the batcher's in-flight limit per endpoint should equal the number of workers so that
 * batches wait in the batcher, where they can grow, rather than in the executor.
 *
 * @param <I> the item type
 * @param <O> the output type of one item
 */
public final class LocalBackend<I, O> implements ModelBackend<I, O>, AutoCloseable {

	private final String name;

	private final LocalModel<I, O> model;

	private final ExecutorService workers;

	public LocalBackend(String name, LocalModel<I, O> model, int workers) {
		this.name = name;
		this.model = model;
		AtomicInteger count = new AtomicInteger();
		this.workers = new ThreadPoolExecutor(workers, workers, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
				(task) -> {
					Thread thread = new Thread(task, "aigc-local-" + name + "-" + count.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
		((ThreadPoolExecutor) this.workers).allowCoreThreadTimeOut(true);
	}

	@Override
	public String model() {
		return this.name;
	}

	@Override
	public List<String> endpoints() {
		return List.of("local");
	}

	@Override
	public void validate(I item) {
		try {
			this.model.validate(item);
		}
		catch (IllegalArgumentException ex) {
			throw new InferenceException(Reason.INVALID_INPUT, "Model '" + this.name + "': " + ex.getMessage(), ex);
		}
	}

	@Override
	public CompletableFuture<List<ItemResult<O>>> infer(int endpoint, List<I> items, Duration budget) {
		return CompletableFuture.supplyAsync(() -> run(items), this.workers);
	}

	private List<ItemResult<O>> run(List<I> items) {
		List<O> outputs;
		try {
			outputs = this.model.run(items);
		}
		catch (IllegalArgumentException ex) {
			throw new InferenceException(Reason.INVALID_INPUT, "Model '" + this.name + "': " + ex.getMessage(), ex);
		}
		return outputs.stream().map(ItemResult::success).toList();
	}

	@Override
	public void close() {
		this.workers.shutdownNow();
	}

}
