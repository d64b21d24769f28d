package io.aigcfactory.platform.deadletter;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.aigcfactory.events.AssetProduced;
import io.aigcfactory.events.Topics;
import io.aigcfactory.platform.PlatformTestApplication;
import io.aigcfactory.platform.RecordingListener;
import io.aigcfactory.platform.Samples;
import io.aigcfactory.test.LocalPostgres;
import io.aigcfactory.test.TopicProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Transient failures retried off the partition, permanent ones dead-lettered at once and
 * counted, and dead letters listed and re-driven through the API, against a real
 * (in-process KRaft) broker and PostgreSQL. One partition, so that every key shares it.
 */
@SpringBootTest(classes = PlatformTestApplication.class)
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class DeadLetterIntegrationTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		LocalPostgres.register(registry, "platform");
	}

	@Autowired
	KafkaTemplate<String, Object> kafka;

	@Autowired
	RecordingListener listener;

	@Autowired
	MeterRegistry meters;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Value("${spring.kafka.bootstrap-servers}")
	String brokers;

	@Test
	void retriesATransientFailureWithoutHoldingBackTheOtherKeysOfItsPartition() throws Exception {
		AssetProduced flaky = Samples.assetProduced("flaky");
		this.listener.transientFailuresLeft.put("flaky", new AtomicInteger(2));
		AssetProduced steady = Samples.assetProduced("steady");
		try (TopicProbe deadLetters = new TopicProbe(this.brokers, Topics.ASSET.deadLetterName())) {
			this.kafka.send(Topics.ASSET.name(), Topics.ASSET.keyFor(flaky), flaky).get();
			this.kafka.send(Topics.ASSET.name(), Topics.ASSET.keyFor(steady), steady).get();

			await().atMost(Duration.ofSeconds(30)).until(() -> this.listener.handled.contains(flaky));
			// Blocking retries would have handled the failing record before the one
			// behind it.
			assertThat(this.listener.handled).containsSubsequence(steady, flaky);
			assertThat(this.listener.attempts.get("flaky")).hasValue(3);
			assertThat(this.listener.handled).filteredOn(flaky::equals).hasSize(1);
			assertThat(deadLetters.records()).noneMatch((record) -> Topics.ASSET.keyFor(flaky).equals(record.key()));
		}
	}

	@Test
	void deadLettersAPermanentFailureAtOnceCountsItAndRedrivesItOnce() {
		AssetProduced broken = Samples.assetProduced("broken until fixed");
		this.listener.unprocessable.add("broken until fixed");
		String key = Topics.ASSET.keyFor(broken);
		double before = deadLettered();
		this.kafka.send(Topics.ASSET.name(), key, broken);

		DeadLetter deadLetter = await().atMost(Duration.ofSeconds(30))
			.until(() -> listed().stream().filter((letter) -> key.equals(letter.key())).findFirst().orElse(null),
					(found) -> found != null);
		assertThat(this.listener.attempts.get("broken until fixed")).hasValue(1);
		assertThat(deadLettered()).isEqualTo(before + 1);
		assertThat(deadLetter.headers()).containsEntry("kafka_original-topic", Topics.ASSET.name())
			.containsEntry("kafka_exception-cause-fqcn", "io.aigcfactory.platform.messaging.UnprocessableEvent");
		assertThat(deadLetter.preview()).contains("broken until fixed");
		assertThat(deadLetter.redrivenAt()).isNull();

		this.listener.unprocessable.remove("broken until fixed");
		String redrive = "/api/v1/dead-letters/" + Topics.ASSET.name() + "/" + deadLetter.partition() + "/"
				+ deadLetter.offset() + "/redrive";
		assertThat(this.mvc.post().uri(redrive)).hasStatus(HttpStatus.ACCEPTED)
			.bodyJson()
			.extractingPath("$.topic")
			.isEqualTo(Topics.ASSET.name());
		await().atMost(Duration.ofSeconds(30)).until(() -> this.listener.handled.contains(broken));
		assertThat(this.mvc.post().uri(redrive)).hasStatus(HttpStatus.CONFLICT)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

		assertThat(this.jdbc.sql(
				"select target_topic from dead_letter_redrives where dead_letter_partition = ? and dead_letter_offset = ?")
			.params(deadLetter.partition(), deadLetter.offset())
			.query(String.class)
			.list()).containsExactly(Topics.ASSET.name());
		assertThat(listed()).filteredOn((letter) -> key.equals(letter.key()))
			.singleElement()
			.satisfies((letter) -> assertThat(letter.redrivenAt()).isNotNull());
		assertThat(this.listener.handled).filteredOn(broken::equals).hasSize(1);
		assertThat(deadLettered()).isEqualTo(before + 1);
	}

	@Test
	void namesTheTopicItDoesNotKnow() {
		assertThat(this.mvc.get().uri("/api/v1/dead-letters?topic=nowhere")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("topic");
		assertThat(this.mvc.post().uri("/api/v1/dead-letters/" + Topics.ASSET.name() + "/0/999999/redrive"))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	private List<DeadLetter> listed() {
		return List.of(this.mvc.get()
			.uri("/api/v1/dead-letters?topic=" + Topics.ASSET.name())
			.exchange()
			.assertThat()
			.hasStatusOk()
			.bodyJson()
			.convertTo(DeadLetter[].class)
			.actual());
	}

	private double deadLettered() {
		Counter counter = this.meters.find("aigc.dead.letters").tag("topic", Topics.ASSET.name()).counter();
		return (counter != null) ? counter.count() : 0;
	}

}
