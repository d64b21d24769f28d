package io.aigcfactory.creative.concept.llm;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.aigcfactory.creative.concept.ConceptBrief;
import io.aigcfactory.creative.concept.Direction;
import io.aigcfactory.creative.concept.WrittenConcept;
import io.aigcfactory.creative.concept.template.RestrictedTerms;
import io.aigcfactory.creative.concept.template.TemplateConceptWriter;
import io.aigcfactory.events.Angle;
import io.aigcfactory.platform.cache.KeyValueCache;
import io.aigcfactory.platform.modelcache.ModelCacheSettings;
import io.aigcfactory.platform.modelcache.ModelOutputCache;
import io.aigcfactory.test.kserve.LlmTestModel;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/** The language model's answers through the model output cache, under the real writer. */
class CachingChatModelTests {

	@TempDir
	Path directory;

	private final CountingModel model = new CountingModel();

	@Test
	void aBriefWrittenAgainIsAnsweredFromTheCacheDespiteFreshFenceAndCanary() {
		LlmConceptWriter writer = writer(cache());
		ConceptBrief brief = Briefs.function();

		WrittenConcept first = writer.write(brief);
		WrittenConcept second = writer.write(brief);

		assertThat(first.authorship().writer()).isEqualTo("llm");
		assertThat(second.copy()).isEqualTo(first.copy());
		assertThat(second.authorship().writer()).isEqualTo("llm");
		assertThat(this.model.calls).hasValue(1);
	}

	@Test
	void anotherVariationIsAskedOfTheModel() {
		LlmConceptWriter writer = writer(cache());
		ConceptBrief brief = Briefs.function();
		ConceptBrief other = new ConceptBrief(brief.tenantId(), brief.requirementId(), brief.product(),
				Direction.of(Angle.FUNCTION, 1), 1, Set.of(), null);

		writer.write(brief);
		writer.write(other);

		assertThat(this.model.calls).hasValue(2);
	}

	@Test
	void theCacheOutlivesTheWriterOnDisk() {
		writer(cache()).write(Briefs.function());

		writer(cache()).write(Briefs.function());

		assertThat(this.model.calls).hasValue(1);
	}

	@Test
	void anAnswerHoldingACanaryIsNotKept() {
		ModelOutputCache cache = cache();
		ChatModel leaking = new ChatModel() {
			@Override
			public ChatResponse doChat(ChatRequest request) {
				return ChatResponse.builder()
					.aiMessage(AiMessage.from("{\"body\":\"CANARY-0123456789abcdef\"}"))
					.build();
			}
		};
		CachingChatModel cached = new CachingChatModel(leaking, "openai:test-model", cache);
		ChatRequest request = ChatRequest.builder().messages(UserMessage.from("hello")).build();

		cached.chat(request);

		assertThat(cache.get(cached.key(request))).isEmpty();
	}

	private LlmConceptWriter writer(ModelOutputCache cache) {
		LlmSettings settings = LlmConceptWriterTests.settings(Duration.ofSeconds(5), 1_000_000, 1_000_000);
		return new LlmConceptWriter(LlmConfiguration.cached(this.model, settings, cache), ConceptSchema.JSON_SCHEMA,
				settings, new TemplateConceptWriter(), new ConceptPrompts(new Random()),
				new ConceptCheck(RestrictedTerms.fromClasspath()),
				new TokenBudgets(settings.budget(), Clock.systemUTC()));
	}

	private ModelOutputCache cache() {
		return new ModelOutputCache(new MapCache(),
				new ModelCacheSettings(true, this.directory,
						new ModelCacheSettings.Ttl(Duration.ofHours(1), Duration.ofHours(24)), Duration.ofHours(1),
						DataSize.ofMegabytes(4)),
				new SimpleMeterRegistry(), Clock.systemUTC());
	}

	/** Answers like the {@code llm} test model, counting its calls. */
	private static final class CountingModel implements ChatModel {

		final AtomicInteger calls = new AtomicInteger();

		@Override
		public ChatResponse doChat(ChatRequest request) {
			this.calls.incrementAndGet();
			String answer = LlmTestModel
				.answer(ScriptedChatModel.system(request) + "\n" + ScriptedChatModel.user(request));
			return ChatResponse.builder().aiMessage(AiMessage.from(answer)).build();
		}

	}

	/**
	 * A hot tier in a map, fresh for each writer: what a restart leaves is the disk tier.
	 */
	private static final class MapCache implements KeyValueCache {

		private final Map<String, String> values = new ConcurrentHashMap<>();

		@Override
		public Optional<String> get(String key) {
			return Optional.ofNullable(this.values.get(key));
		}

		@Override
		public boolean putIfAbsent(String key, String value, Duration ttl) {
			return this.values.putIfAbsent(key, value) == null;
		}

		@Override
		public void put(String key, String value, Duration ttl) {
			this.values.put(key, value);
		}

		@Override
		public void remove(String key) {
			this.values.remove(key);
		}

	}

}
