package io.aigcfactory.distribution.publication;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.aigcfactory.distribution.Assets;
import io.aigcfactory.distribution.DistributionApplication;
import io.aigcfactory.distribution.publication.Publications.Pending;
import io.aigcfactory.events.AssetInspected;
import io.aigcfactory.platform.storage.BlobStore;
import io.aigcfactory.test.LocalPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Claims on the real PostgreSQL: once a stale worker's lease has run out and another
 * worker has claimed the publication, nothing the stale worker records changes it. The
 * publication is queued far in the future, so the service's own worker leaves it alone.
 */
@SpringBootTest(classes = DistributionApplication.class, properties = "spring.config.name=distribution-service")
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class PublicationFencingIntegrationTests {

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) throws Exception {
		LocalPostgres.register(registry, "fencing");
		Path root = Files.createTempDirectory("fencing-it");
		registry.add("aigc.storage.root", () -> root.resolve("blobs").toString());
		registry.add("aigc.distribution.export-root", () -> root.resolve("out").toString());
	}

	@Autowired
	Publications publications;

	@Autowired
	BlobStore blobs;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aStaleWorkerCannotOverwriteTheNewOwnersOutcome() {
		AssetInspected asset = Assets.approved(this.blobs, List.of("taobao"));
		Instant later = Instant.now().plus(Duration.ofDays(3650));
		this.publications.enqueue(asset, "taobao", later);

		Pending stale = this.publications.claimDue(10, Duration.ofMinutes(2), later).getFirst();
		assertThat(this.publications.claimDue(10, Duration.ofMinutes(2), later.plusSeconds(60))).isEmpty();
		Pending owner = this.publications.claimDue(10, Duration.ofMinutes(2), later.plusSeconds(121)).getFirst();
		assertThat(owner.id()).isEqualTo(stale.id());

		assertThat(this.publications.renew(stale.claim(), later.plusSeconds(300))).isFalse();
		assertThat(this.publications.published(owner.claim(), 1, "owner's location", later.plusSeconds(122))).isTrue();
		assertThat(this.publications.failed(stale.claim(), 1, "stale worker's failure")).isFalse();
		assertThat(this.publications.retryLater(stale.claim(), 1, later, "stale retry")).isFalse();
		assertThat(this.publications.published(stale.claim(), 1, "stale location", later)).isFalse();
		assertThat(this.publications.postpone(stale.claim(), later)).isFalse();

		assertThat(this.jdbc.sql("select status || ' ' || location || ' ' || attempts from publications where id = ?")
			.param(stale.id())
			.query(String.class)
			.single()).isEqualTo("PUBLISHED owner's location 1");
	}

}
