package io.aigcfactory.creative.concept.llm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;

/** A chat model that answers from a script and keeps every request it got. */
final class ScriptedChatModel implements ChatModel {

	private final Deque<Function<ChatRequest, String>> answers = new ArrayDeque<>();

	private final List<ChatRequest> requests = new ArrayList<>();

	private Integer tokensPerCall;

	ScriptedChatModel answering(Function<ChatRequest, String> answer) {
		this.answers.add(answer);
		return this;
	}

	ScriptedChatModel answering(String answer) {
		return answering((request) -> answer);
	}

	ScriptedChatModel reportingTokens(int tokens) {
		this.tokensPerCall = tokens;
		return this;
	}

	@Override
	public synchronized ChatResponse doChat(ChatRequest request) {
		this.requests.add(request);
		Function<ChatRequest, String> answer = (this.answers.size() > 1) ? this.answers.poll() : this.answers.peek();
		if (answer == null) {
			throw new IllegalStateException("no answer scripted");
		}
		ChatResponse.Builder response = ChatResponse.builder().aiMessage(AiMessage.from(answer.apply(request)));
		if (this.tokensPerCall != null) {
			response.tokenUsage(new TokenUsage(this.tokensPerCall / 2, this.tokensPerCall - this.tokensPerCall / 2));
		}
		return response.build();
	}

	synchronized List<ChatRequest> requests() {
		return List.copyOf(this.requests);
	}

	static String system(ChatRequest request) {
		return request.messages()
			.stream()
			.filter(SystemMessage.class::isInstance)
			.map((message) -> ((SystemMessage) message).text())
			.findFirst()
			.orElseThrow();
	}

	static String user(ChatRequest request) {
		return request.messages()
			.stream()
			.filter(UserMessage.class::isInstance)
			.map((message) -> ((UserMessage) message).singleText())
			.findFirst()
			.orElseThrow();
	}

	/** The canary the system message of a request carries. */
	static String canary(ChatRequest request) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("CANARY-[0-9a-f]+").matcher(system(request));
		return matcher.find() ? matcher.group() : "";
	}

}
