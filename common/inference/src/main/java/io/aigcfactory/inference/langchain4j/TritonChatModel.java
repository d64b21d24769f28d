package io.aigcfactory.inference.langchain4j;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import io.aigcfactory.inference.batch.DynamicBatcher;
import io.aigcfactory.inference.codec.Tensors;
import io.aigcfactory.inference.triton.ModelInput;
import io.aigcfactory.inference.triton.ModelOutput;

/**
 * A LangChain4j {@link ChatModel} over a Triton-hosted LLM. Requests go one by one
 * through a concurrency-only batcher to a decoupled model's stream, since the engine
 * (vLLM, TensorRT-LLM) batches continuously on the server; the text of every response is
 * joined.
 */
public final class TritonChatModel implements ChatModel {

	private final DynamicBatcher<ModelInput, List<ModelOutput>> batcher;

	private final LlmDialect dialect;

	private final int defaultMaxTokens;

	private final Duration deadline;

	public TritonChatModel(DynamicBatcher<ModelInput, List<ModelOutput>> batcher, LlmDialect dialect,
			int defaultMaxTokens, Duration deadline) {
		this.batcher = batcher;
		this.dialect = dialect;
		this.defaultMaxTokens = defaultMaxTokens;
		this.deadline = deadline;
	}

	@Override
	public ChatResponse doChat(ChatRequest request) {
		List<ModelOutput> responses;
		try {
			responses = this.batcher
				.submit(LlmRequests.input(this.dialect, request, this.defaultMaxTokens), this.deadline,
						this.batcher.policy().defaultPriority())
				.join();
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
		}
		StringBuilder text = new StringBuilder();
		for (ModelOutput response : responses) {
			Tensors.toStrings(response.tensor("text_output")).forEach(text::append);
		}
		return ChatResponse.builder()
			.aiMessage(AiMessage.from(text.toString()))
			.modelName(this.batcher.model())
			.finishReason(FinishReason.STOP)
			.build();
	}

}
