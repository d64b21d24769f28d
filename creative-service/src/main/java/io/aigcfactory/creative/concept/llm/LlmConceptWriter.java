package io.aigcfactory.creative.concept.llm;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import io.aigcfactory.creative.concept.ConceptBrief;
import io.aigcfactory.creative.concept.ConceptWriter;
import io.aigcfactory.creative.concept.ScenePrompts;
import io.aigcfactory.creative.concept.WrittenConcept;
import io.aigcfactory.creative.concept.template.TemplateConceptWriter;
import io.aigcfactory.events.Authorship;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes concepts with a language model in structured output. An answer that breaks a
 * rule goes back once with what was wrong; when the second answer breaks one too, the
 * model does not answer within the timeout, fails, or a token budget is spent, the
 * template writer writes the concept and the reason is recorded on it. The model gets no
 * tools.
 */
public final class LlmConceptWriter implements ConceptWriter, AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(LlmConceptWriter.class);

	private static final int REASON_LIMIT = 300;

	private final ChatModel model;

	private final String modelName;

	private final ResponseFormat format;

	private final LlmSettings settings;

	private final TemplateConceptWriter fallback;

	private final ConceptPrompts prompts;

	private final ConceptCheck check;

	private final TokenBudgets budgets;

	private final ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor();

	LlmConceptWriter(ChatModel model, ResponseFormat format, LlmSettings settings, TemplateConceptWriter fallback,
			ConceptPrompts prompts, ConceptCheck check, TokenBudgets budgets) {
		this.model = model;
		this.modelName = settings.modelName();
		this.format = format;
		this.settings = settings;
		this.fallback = fallback;
		this.prompts = prompts;
		this.check = check;
		this.budgets = budgets;
	}

	@Override
	public WrittenConcept write(ConceptBrief brief) {
		Optional<String> spent = this.budgets.spent(brief);
		if (spent.isPresent()) {
			return fallBack(brief, spent.get());
		}
		ConceptPrompt prompt = this.prompts.render(brief);
		List<ChatMessage> messages = prompt.messages();
		CheckedConcept.Rejected rejected = null;
		for (int attempt = 0; attempt < 2; attempt++) {
			String answer;
			try {
				answer = call(brief, messages);
			}
			catch (TimeoutException ex) {
				return fallBack(brief, "llm gave no answer within " + this.settings.timeout());
			}
			catch (ExecutionException ex) {
				return fallBack(brief, "llm call failed: " + describe(ex.getCause()));
			}
			switch (this.check.check(answer, brief, prompt)) {
				case CheckedConcept.Accepted accepted -> {
					return new WrittenConcept(accepted.copy(), accepted.scene(),
							new Authorship("llm", this.modelName, null));
				}
				case CheckedConcept.Rejected again -> {
					rejected = again;
					messages = prompt.repair(again.problems());
				}
			}
			if (this.budgets.spent(brief).isPresent()) {
				break;
			}
		}
		String why = rejected.leaked() ? "llm output leaked its instructions"
				: "llm output broke the rules after one repair: " + String.join("; ", rejected.problems());
		return fallBack(brief, why);
	}

	private String call(ConceptBrief brief, List<ChatMessage> messages) throws TimeoutException, ExecutionException {
		ChatRequest request = ChatRequest.builder()
			.messages(messages)
			.responseFormat(this.format)
			.maxOutputTokens(this.settings.maxOutputTokens())
			.temperature(this.settings.temperature())
			.build();
		CompletableFuture<ChatResponse> call = CompletableFuture.supplyAsync(() -> this.model.chat(request),
				this.calls);
		ChatResponse response;
		try {
			response = call.get(this.settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			call.cancel(true);
			throw new TimeoutException("interrupted");
		}
		catch (TimeoutException ex) {
			call.cancel(true);
			this.budgets.charge(brief, estimate(messages, ""));
			throw ex;
		}
		catch (ExecutionException ex) {
			if (timedOut(ex.getCause())) {
				this.budgets.charge(brief, estimate(messages, ""));
				throw new TimeoutException("the client's own timeout");
			}
			throw ex;
		}
		String answer = (response.aiMessage() != null && response.aiMessage().text() != null)
				? response.aiMessage().text() : "";
		this.budgets.charge(brief, tokens(response.tokenUsage(), messages, answer));
		return answer;
	}

	/**
	 * Whether a failure is the model client's own timeout, which is the same deadline.
	 */
	private static boolean timedOut(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof TimeoutException || cause instanceof java.net.http.HttpTimeoutException
					|| cause instanceof java.net.SocketTimeoutException) {
				return true;
			}
		}
		return false;
	}

	private static long tokens(@Nullable TokenUsage usage, List<ChatMessage> messages, String answer) {
		if (usage != null && usage.totalTokenCount() != null) {
			return usage.totalTokenCount();
		}
		return estimate(messages, answer);
	}

	private static long estimate(List<ChatMessage> messages, String answer) {
		long tokens = TokenBudgets.estimate(answer);
		for (ChatMessage message : messages) {
			String text = switch (message) {
				case SystemMessage system -> system.text();
				case UserMessage user -> user.hasSingleText() ? user.singleText() : "";
				default -> "";
			};
			tokens += TokenBudgets.estimate(text);
		}
		return tokens;
	}

	private WrittenConcept fallBack(ConceptBrief brief, String reason) {
		String recorded = (reason.length() > REASON_LIMIT) ? reason.substring(0, REASON_LIMIT - 1) + "…" : reason;
		logger.info("Template writer stands in for {} on {}: {}", this.modelName, brief.product().sku(), recorded);
		return new WrittenConcept(this.fallback.copy(brief), ScenePrompts.of(brief),
				new Authorship("template", null, recorded));
	}

	private static String describe(Throwable failure) {
		String message = failure.getMessage();
		String kind = failure.getClass().getSimpleName();
		if (message == null || message.isBlank()) {
			return kind;
		}
		String line = message.lines().findFirst().orElse("").strip();
		return kind + ": " + ((line.length() > 160) ? line.substring(0, 160) + "…" : line);
	}

	@Override
	public void close() {
		this.calls.shutdownNow();
	}

}
