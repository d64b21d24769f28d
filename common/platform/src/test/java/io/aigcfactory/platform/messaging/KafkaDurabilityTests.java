package io.aigcfactory.platform.messaging;

import java.util.Map;
import java.util.function.Consumer;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The effective Kafka durability of each profile, read from the beans that the shared
 * {@code aigc-service.yml} and the platform's auto-configuration produce: the topics a
 * service creates and the configuration of the producer it sends with. No broker is
 * contacted.
 */
class KafkaDurabilityTests {

	@Test
	void embeddedDefaultsKeepOneReplicaAndStillWaitForIt() {
		withService(new String[0], (context) -> {
			assertThat(topics(context)).isNotEmpty().allSatisfy((topic) -> {
				assertThat(topic.replicationFactor()).isEqualTo((short) 1);
				assertThat(topic.configs()).containsEntry(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, "1");
			});
			assertDurableProducer(context);
		});
	}

	@Test
	void clusterProfileReplicatesThreeTimesAndNeedsTwoInSync() {
		withService(new String[] { "cluster" }, (context) -> {
			assertThat(topics(context)).isNotEmpty().allSatisfy((topic) -> {
				assertThat(topic.replicationFactor()).isEqualTo((short) 3);
				assertThat(topic.configs()).containsEntry(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, "2");
			});
			assertThat(topics(context)).extracting(NewTopic::name)
				.contains("aigc.asset.v1", "aigc.asset.v1.dlt", "aigc.publication.v1.dlt");
			assertDurableProducer(context);
		});
	}

	@Test
	void aServiceCannotLoosenTheProducer() {
		withService(new String[] { "cluster" }, (context) -> assertDurableProducer(context),
				"--spring.kafka.producer.acks=1", "--spring.kafka.producer.properties.enable.idempotence=false");
	}

	private static void assertDurableProducer(ConfigurableApplicationContext context) {
		Map<String, Object> producer = context.getBean(ProducerFactory.class).getConfigurationProperties();
		assertThat(producer).containsEntry(ProducerConfig.ACKS_CONFIG, "all")
			.containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
	}

	private static java.util.Collection<NewTopic> topics(ConfigurableApplicationContext context) {
		return context.getBeansOfType(KafkaAdmin.NewTopics.class)
			.values()
			.stream()
			.flatMap((topics) -> newTopics(topics).stream())
			.toList();
	}

	// The accessor is package-private in Spring Kafka; KafkaAdmin reads it the same way.
	private static java.util.Collection<NewTopic> newTopics(KafkaAdmin.NewTopics topics) {
		java.util.Collection<NewTopic> all = ReflectionTestUtils.invokeMethod(topics, "getNewTopics");
		return (all != null) ? all : java.util.List.of();
	}

	private static void withService(String[] profiles, Consumer<ConfigurableApplicationContext> check, String... args) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(KafkaOnly.class)
			.web(WebApplicationType.NONE)
			.profiles(profiles)
			.properties("spring.config.name=aigc-service", "spring.kafka.admin.auto-create=false")
			.run(args)) {
			check.accept(context);
		}
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ MessagingAutoConfiguration.class, KafkaAutoConfiguration.class })
	static class KafkaOnly {

	}

}
