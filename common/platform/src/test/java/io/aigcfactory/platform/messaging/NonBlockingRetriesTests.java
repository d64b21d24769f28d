package io.aigcfactory.platform.messaging;

import java.io.UncheckedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Map;

import io.aigcfactory.events.Topic;
import io.aigcfactory.events.Topics;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.retrytopic.DestinationTopic;
import org.springframework.kafka.retrytopic.RetryTopicConfiguration;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures the retry topics take, and how long they keep trying. */
class NonBlockingRetriesTests {

	private static MessagingSettings settings(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("aigc.messaging",
				MessagingSettings.class);
	}

	private static RetryTopicConfiguration configuration(MessagingSettings settings) {
		return NonBlockingRetries.configuration(new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of())),
				settings);
	}

	private static DestinationTopic mainTopic(RetryTopicConfiguration configuration) {
		return new DestinationTopic(Topics.ASSET.name(), configuration.getDestinationTopicProperties().get(0));
	}

	private static Throwable fromListener(Throwable failure) {
		return new ListenerExecutionFailedException("Listener failed", failure);
	}

	@Test
	void retriesTransientFailuresFoundAnywhereInTheCauseChain() {
		DestinationTopic main = mainTopic(configuration(settings(Map.of())));
		assertThat(main.shouldRetryOn(1, fromListener(new QueryTimeoutException("slow")))).isTrue();
		assertThat(main.shouldRetryOn(1, fromListener(
				new CannotGetJdbcConnectionException("failover", new SQLTransientConnectionException("refused")))))
			.isTrue();
		assertThat(main.shouldRetryOn(1, fromListener(new NotEnoughReplicasException("one broker down")))).isTrue();
		assertThat(main.shouldRetryOn(1,
				fromListener(new IllegalStateException("wrapped", new TransientFailure("model restarting", null)))))
			.isTrue();
	}

	@Test
	void retriesADatabaseThatIsDownOrDroppedTheConnection() {
		DestinationTopic main = mainTopic(configuration(settings(Map.of())));
		// What a transactional listener throws while PostgreSQL restarts (seen in R5).
		assertThat(main.shouldRetryOn(1,
				fromListener(new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
						new SQLTransientConnectionException("Connection is not available, request timed out")))))
			.isTrue();
		assertThat(main.shouldRetryOn(1,
				fromListener(new DataAccessResourceFailureException("I/O error", new SQLRecoverableException("EOF")))))
			.isTrue();
		assertThat(main.shouldRetryOn(1, fromListener(new TransactionSystemException("JDBC rollback failed"))))
			.isTrue();
	}

	@Test
	void retriesWorkInterruptedByAStoppingService() {
		DestinationTopic main = mainTopic(configuration(settings(Map.of())));
		assertThat(main.shouldRetryOn(1,
				fromListener(new UncheckedIOException("Cannot write a rendition", new ClosedByInterruptException()))))
			.isTrue();
		assertThat(main.shouldRetryOn(1, fromListener(new IllegalStateException(new InterruptedException())))).isTrue();
	}

	@Test
	void takesEveryOtherFailureAsPermanent() {
		DestinationTopic main = mainTopic(configuration(settings(Map.of())));
		assertThat(main.shouldRetryOn(1, fromListener(new UnprocessableEvent("no such asset")))).isFalse();
		assertThat(main.shouldRetryOn(1, fromListener(new IllegalArgumentException("bad field")))).isFalse();
	}

	@Test
	void retriesTheFailuresASettingNames() {
		DestinationTopic main = mainTopic(configuration(settings(
				Map.of("aigc.messaging.transient-retry.exceptions", IllegalMonitorStateException.class.getName()))));
		assertThat(main.shouldRetryOn(1, fromListener(new IllegalMonitorStateException("busy")))).isTrue();
	}

	@Test
	void keepsTryingForMinutesOnRetryTopicsThenDeadLetters() {
		RetryTopicConfiguration configuration = configuration(
				settings(Map.of("aigc.messaging.transient-retry.jitter", "0ms")));
		List<DestinationTopic.Properties> destinations = configuration.getDestinationTopicProperties();
		List<DestinationTopic.Properties> retries = destinations.stream()
			.filter(DestinationTopic.Properties::isRetryTopic)
			.toList();
		assertThat(retries).extracting(DestinationTopic.Properties::delay)
			.containsExactly(1_000L, 4_000L, 16_000L, 64_000L, 120_000L, 120_000L, 120_000L);
		assertThat(retries).extracting(DestinationTopic.Properties::suffix)
			.containsExactly(".retry-0", ".retry-1", ".retry-2", ".retry-3", ".retry-4", ".retry-5", ".retry-6");
		assertThat(destinations.get(destinations.size() - 1).isDltTopic()).isTrue();
		assertThat(destinations.get(destinations.size() - 1).suffix()).isEqualTo(Topic.DEAD_LETTER_SUFFIX);
		assertThat(configuration.hasConfigurationForTopics(new String[] { Topics.ASSET.name() })).isTrue();
		assertThat(configuration.hasConfigurationForTopics(new String[] { "someone-elses-topic" })).isFalse();
	}

	@Test
	void movesEachRetryTopicsWaitByUpToTheJitterSoInstancesDoNotRetryInStep() {
		List<Long> nominal = List.of(1_000L, 4_000L, 16_000L, 64_000L, 120_000L, 120_000L, 120_000L);
		List<Long> delays = configuration(settings(Map.of())).getDestinationTopicProperties()
			.stream()
			.filter(DestinationTopic.Properties::isRetryTopic)
			.map(DestinationTopic.Properties::delay)
			.toList();
		assertThat(delays).hasSameSizeAs(nominal);
		// The jitter grows with the waits (Spring's ExponentialBackOff scales it by the
		// multiplier), never beyond the longest wait.
		for (int i = 0; i < delays.size(); i++) {
			long spread = nominal.get(i) / 4;
			assertThat(delays.get(i)).as("retry-%d", i)
				.isBetween(nominal.get(i) - spread, Math.min(nominal.get(i) + spread, 120_000L));
		}
		// Seven random draws all landing on the nominal waits: practically never.
		assertThat(delays).isNotEqualTo(nominal);
	}

	@Test
	void leavesTheTopicsOfBatchListenersToTheBlockingHandler() {
		RetryTopicConfiguration configuration = configuration(
				settings(Map.of("aigc.messaging.transient-retry.blocking-topics", Topics.ASSET.name())));
		assertThat(configuration.hasConfigurationForTopics(new String[] { Topics.ASSET.name() })).isFalse();
		assertThat(configuration.hasConfigurationForTopics(new String[] { Topics.CONCEPT.name() })).isTrue();
	}

	@Test
	void readsRetryAndDeadLetterTopicsAsTheirMainTopicsFamily() {
		assertThat(EventDeserializer.mainTopic("aigc.asset.v1.retry-3")).isEqualTo("aigc.asset.v1");
		assertThat(EventDeserializer.mainTopic("aigc.asset.v1.dlt")).isEqualTo("aigc.asset.v1");
		assertThat(EventDeserializer.mainTopic("aigc.asset.v1")).isEqualTo("aigc.asset.v1");
	}

}
