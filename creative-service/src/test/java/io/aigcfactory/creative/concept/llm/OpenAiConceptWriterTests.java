package io.aigcfactory.creative.concept.llm;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.aigcfactory.creative.concept.ConceptWriter;
import io.aigcfactory.creative.concept.WrittenConcept;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The writer through LangChain4j's OpenAI provider against a chat completions stub on a
 * loopback socket, configured the way an operator does it.
 */
class OpenAiConceptWriterTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final List<JsonNode> requests = new CopyOnWriteArrayList<>();

	private final Deque<String> contents = new ArrayDeque<>();

	private final CountDownLatch release = new CountDownLatch(1);

	private volatile boolean hang;

	private HttpServer server;

	@BeforeEach
	void start() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/v1/chat/completions", this::complete);
		this.server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.release.countDown();
		this.server.stop(0);
	}

	private void complete(HttpExchange exchange) throws IOException {
		JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
		this.requests.add(request);
		if (this.hang) {
			try {
				this.release.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		String content;
		synchronized (this.contents) {
			content = (this.contents.size() > 1) ? this.contents.poll() : this.contents.peek();
		}
		String body = JSON.writeValueAsString(java.util.Map.of("id", "chatcmpl-1", "object", "chat.completion",
				"created", 1, "model", request.get("model").stringValue(), "choices",
				List.of(java.util.Map.of("index", 0, "finish_reason", "stop", "message",
						java.util.Map.of("role", "assistant", "content", content))),
				"usage", java.util.Map.of("prompt_tokens", 700, "completion_tokens", 120, "total_tokens", 820)));
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private ApplicationContextRunner runner() {
		return new ApplicationContextRunner().withUserConfiguration(LlmConfiguration.class)
			.withBean(Clock.class, Clock::systemUTC)
			.withPropertyValues(
					"aigc.creative.llm.base-url=http://127.0.0.1:" + this.server.getAddress().getPort() + "/v1",
					"aigc.creative.llm.model=qwen2.5-7b-instruct", "aigc.creative.llm.api-key=sk-test",
					"aigc.creative.llm.timeout=20s");
	}

	@Test
	void writesThroughTheEndpointWithTheProductInTheUserMessageAndTheSchemaSent() {
		this.contents.add(Briefs.VALID);
		runner().run((context) -> {
			WrittenConcept written = context.getBean(ConceptWriter.class).write(Briefs.function());
			assertThat(written.authorship().writer()).isEqualTo("llm");
			assertThat(written.authorship().model()).isEqualTo("qwen2.5-7b-instruct");
			assertThat(written.copy().headline()).isEqualTo("声悦降噪 通勤更安静");
		});
		assertThat(this.requests).hasSize(1);
		JsonNode request = this.requests.get(0);
		assertThat(request.get("model").stringValue()).isEqualTo("qwen2.5-7b-instruct");
		JsonNode messages = request.get("messages");
		assertThat(messages.size()).isEqualTo(2);
		assertThat(messages.get(0).get("role").stringValue()).isEqualTo("system");
		assertThat(messages.get(1).get("role").stringValue()).isEqualTo("user");
		String system = messages.get(0).get("content").stringValue();
		String user = messages.get(1).get("content").stringValue();
		assertThat(user).contains("声悦 Pro2 真无线蓝牙耳机").contains("30小时续航").contains("通勤上班族");
		assertThat(system).doesNotContain("声悦 Pro2").doesNotContain("30小时续航").contains("CANARY-");
		JsonNode format = request.get("response_format");
		assertThat(format.get("type").stringValue()).isEqualTo("json_schema");
		assertThat(format.get("json_schema").get("name").stringValue()).isEqualTo("concept");
		assertThat(format.get("json_schema").get("schema").get("required").values()).extracting(JsonNode::stringValue)
			.containsExactlyInAnyOrder("angle", "headline", "body", "highlights", "callToAction", "hashtags",
					"scenePrompt", "negativePrompt");
		assertThat(request.has("tools")).isFalse();
	}

	@Test
	void malformedJsonIsSentBackOnceThenTheTemplatesStandIn() {
		this.contents.add("{\"angle\": \"FUNCTION\", \"headline\": \"声悦");
		runner().run((context) -> {
			WrittenConcept written = context.getBean(ConceptWriter.class).write(Briefs.function());
			assertThat(written.authorship().writer()).isEqualTo("template");
			assertThat(written.authorship().fallbackReason()).contains("JSON");
		});
		assertThat(this.requests).hasSize(2);
		assertThat(this.requests.get(1).get("messages").get(0).get("content").stringValue()).contains("不是合法的 JSON");
	}

	@Test
	void aRepairedAnswerIsUsed() {
		this.contents.add("不是 JSON");
		this.contents.add(Briefs.VALID);
		runner().run((context) -> assertThat(
				context.getBean(ConceptWriter.class).write(Briefs.function()).authorship().writer())
			.isEqualTo("llm"));
		assertThat(this.requests).hasSize(2);
	}

	@Test
	void aSlowEndpointMeetsTheDeadlineAndTheTemplatesStandIn() {
		this.hang = true;
		this.contents.add(Briefs.VALID);
		runner().withPropertyValues("aigc.creative.llm.timeout=300ms").run((context) -> {
			WrittenConcept written = context.getBean(ConceptWriter.class).write(Briefs.function());
			assertThat(written.authorship().writer()).isEqualTo("template");
			assertThat(written.authorship().fallbackReason()).isEqualTo("llm gave no answer within PT0.3S");
		});
	}

	@Test
	void anUnreachableEndpointFallsBackWithTheFailure() {
		int port = this.server.getAddress().getPort();
		this.server.stop(0);
		new ApplicationContextRunner().withUserConfiguration(LlmConfiguration.class)
			.withBean(Clock.class, Clock::systemUTC)
			.withPropertyValues("aigc.creative.llm.base-url=http://127.0.0.1:" + port + "/v1",
					"aigc.creative.llm.model=m")
			.run((context) -> assertThat(
					context.getBean(ConceptWriter.class).write(Briefs.function()).authorship().fallbackReason())
				.startsWith("llm call failed: "));
	}

	@Test
	void withoutABaseUrlThereIsNoLanguageModelWriter() {
		new ApplicationContextRunner().withUserConfiguration(LlmConfiguration.class)
			.withBean(Clock.class, Clock::systemUTC)
			.run((context) -> assertThat(context).doesNotHaveBean(ConceptWriter.class));
	}

}
