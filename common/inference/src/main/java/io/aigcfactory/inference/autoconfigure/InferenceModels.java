package io.aigcfactory.inference.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;

import dev.langchain4j.model.chat.ChatModel;
import io.aigcfactory.inference.batch.BatchClock;
import io.aigcfactory.inference.batch.DynamicBatcher;
import io.aigcfactory.inference.batch.EjectionPolicy;
import io.aigcfactory.inference.batch.ModelBackend;
import io.aigcfactory.inference.batch.SystemBatchClock;
import io.aigcfactory.inference.codec.Tensors;
import io.aigcfactory.inference.langchain4j.TritonChatModel;
import io.aigcfactory.inference.local.BgeSmallZhEmbedding;
import io.aigcfactory.inference.local.LocalBackend;
import io.aigcfactory.inference.telemetry.InferenceTelemetry;
import io.aigcfactory.inference.triton.ModelInput;
import io.aigcfactory.inference.triton.ModelOutput;
import io.aigcfactory.inference.triton.TritonBackend;
import io.aigcfactory.inference.triton.TritonChannels;
import io.aigcfactory.inference.triton.TritonClient;
import io.aigcfactory.inference.triton.TritonStreamBackend;
import io.grpc.ManagedChannel;

/**
 * The configured models, each behind its own batcher, and the channels they share.
 * Batchers are built on first use; closing this closes them, the local models and the
 * channels.
 */
public final class InferenceModels implements AutoCloseable {

	private final InferenceSettings settings;

	private final InferenceTelemetry telemetry;

	private final BatchClock clock = SystemBatchClock.shared();

	private final Map<String, ManagedChannel> channels = new ConcurrentHashMap<>();

	private final Map<String, DynamicBatcher<?, ?>> batchers = new ConcurrentHashMap<>();

	private final List<AutoCloseable> resources = new ArrayList<>();

	public InferenceModels(InferenceSettings settings, InferenceTelemetry telemetry) {
		this.settings = settings;
		this.telemetry = telemetry;
	}

	/**
	 * The batcher of a tensor model hosted on Triton.
	 * @throws IllegalArgumentException for a model that is not configured
	 */
	public DynamicBatcher<ModelInput, ModelOutput> tensor(String name) {
		return tensor(name, (item) -> 1);
	}

	/**
	 * The batcher of a tensor model hosted on Triton whose items are weighed by
	 * {@code cost} against the model's {@code max-batch-cost} (pixels × steps for a
	 * diffusion model). The cost function given when the batcher is first built stays.
	 * @throws IllegalArgumentException for a model that is not configured
	 */
	@SuppressWarnings("unchecked")
	public DynamicBatcher<ModelInput, ModelOutput> tensor(String name, ToLongFunction<? super ModelInput> cost) {
		return (DynamicBatcher<ModelInput, ModelOutput>) this.batchers.computeIfAbsent(name, (key) -> {
			ModelSettings model = settingsOf(key);
			return batcher(key, model, new TritonBackend(model.tritonModel(key), clients(key, model)), cost);
		});
	}

	/**
	 * The batcher of the embedding model: texts in, unit vectors out.
	 */
	@SuppressWarnings("unchecked")
	public DynamicBatcher<String, float[]> embedding() {
		return (DynamicBatcher<String, float[]>) this.batchers.computeIfAbsent(InferenceSettings.EMBEDDING,
				(key) -> embeddingBatcher(key, embeddingSettings()));
	}

	/**
	 * The batcher of the chat LLM, in concurrency-only mode.
	 */
	public DynamicBatcher<ModelInput, List<ModelOutput>> chat() {
		return stream(InferenceSettings.CHAT);
	}

	/**
	 * A LangChain4j chat model over a Triton-hosted LLM configured under
	 * {@code aigc.inference.models.<name>}, with that model's dialect, token limit and
	 * deadline.
	 * @throws IllegalArgumentException for a model that is not configured
	 */
	public ChatModel chatModel(String name) {
		ModelSettings model = settingsOf(name);
		return new TritonChatModel(stream(name), model.dialect(), model.maxTokens(), model.deadline());
	}

	/**
	 * The batcher of a decoupled model on Triton's streaming RPC, in concurrency-only
	 * mode.
	 * @throws IllegalArgumentException for a model that is not configured
	 */
	@SuppressWarnings("unchecked")
	public DynamicBatcher<ModelInput, List<ModelOutput>> stream(String name) {
		return (DynamicBatcher<ModelInput, List<ModelOutput>>) this.batchers.computeIfAbsent(name, (key) -> {
			ModelSettings model = settingsOf(key);
			return batcher(key, model, new TritonStreamBackend(model.tritonModel(key), clients(key, model)));
		});
	}

	/**
	 * Asks every endpoint of each model configured on Triton whether the model is ready
	 * (KServe v2 {@code ModelReady}), each within the deadline.
	 * @return per model, in name order, whether each endpoint answered ready; models that
	 * run in this JVM are left out
	 */
	public Map<String, Map<String, Boolean>> readiness(Duration deadline) {
		Map<String, Map<String, Boolean>> readiness = new TreeMap<>();
		this.settings.models().forEach((key, model) -> {
			if (model.backend() == ModelSettings.Backend.LOCAL || model.endpoints().isEmpty()) {
				return;
			}
			String name = model.tritonModel(key).name();
			Map<String, Boolean> endpoints = new LinkedHashMap<>();
			for (TritonClient client : clients(key, model)) {
				endpoints.put(client.endpoint(), client.modelReady(name, deadline));
			}
			readiness.put(key, endpoints);
		});
		return readiness;
	}

	ModelSettings embeddingSettings() {
		return this.settings.models().getOrDefault(InferenceSettings.EMBEDDING, ModelSettings.localEmbedding());
	}

	ModelSettings settingsOf(String name) {
		ModelSettings model = this.settings.models().get(name);
		if (model == null) {
			throw new IllegalArgumentException(
					"Unknown model '" + name + "'; configured: " + this.settings.models().keySet());
		}
		return model;
	}

	private DynamicBatcher<String, float[]> embeddingBatcher(String key, ModelSettings model) {
		if (model.backend() == ModelSettings.Backend.LOCAL) {
			BgeSmallZhEmbedding embedding = new BgeSmallZhEmbedding();
			LocalBackend<String, float[]> local = new LocalBackend<>(key, embedding, Math.max(1, model.workers()));
			synchronized (this.resources) {
				this.resources.add(local);
				this.resources.add(embedding);
			}
			return batcher(key, model, local);
		}
		long[] one = { 1 };
		ModelBackend<String, float[]> remote = new TritonBackend(model.tritonModel(key), clients(key, model)).adapt(
				(String text) -> ModelInput.of(Tensors.strings(model.inputTensor(), one, List.of(text))),
				(ModelOutput output) -> Tensors.toFloats(output.tensor(model.outputTensor())));
		return batcher(key, model, remote);
	}

	private <I, O> DynamicBatcher<I, O> batcher(String key, ModelSettings model, ModelBackend<I, O> backend) {
		return batcher(key, model, backend, (item) -> 1);
	}

	private <I, O> DynamicBatcher<I, O> batcher(String key, ModelSettings model, ModelBackend<I, O> backend,
			ToLongFunction<? super I> cost) {
		DynamicBatcher<I, O> batcher = new DynamicBatcher<>(backend, model.policy(), cost, EjectionPolicy.DEFAULT,
				this.clock, this.telemetry.observer(key, model.priorityLevels()));
		this.telemetry.bind(batcher);
		return batcher;
	}

	private List<TritonClient> clients(String key, ModelSettings model) {
		if (model.endpoints().isEmpty()) {
			throw new IllegalStateException("Model '" + key + "' runs on Triton but has no endpoints: set "
					+ "aigc.inference.models." + key + ".endpoints");
		}
		int maxMessage = (int) Math.min(Integer.MAX_VALUE, this.settings.maxMessageSize().toBytes());
		return model.endpoints()
			.stream()
			.map((target) -> new TritonClient(target,
					this.channels.computeIfAbsent(target,
							(t) -> TritonChannels.open(t, maxMessage, this.settings.channelIdleTimeout())),
					maxMessage))
			.toList();
	}

	@Override
	public void close() {
		this.batchers.values().forEach(DynamicBatcher::close);
		synchronized (this.resources) {
			for (AutoCloseable resource : this.resources) {
				try {
					resource.close();
				}
				catch (Exception ex) {
					// closing is best effort: the JVM is usually on its way down
				}
			}
		}
		this.channels.values().forEach(ManagedChannel::shutdownNow);
	}

}
