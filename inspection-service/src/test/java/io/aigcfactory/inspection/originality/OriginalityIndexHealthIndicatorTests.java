package io.aigcfactory.inspection.originality;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

import io.aigcfactory.events.AssetId;
import io.aigcfactory.inspection.originality.lucene.LuceneOriginalityIndex;
import io.aigcfactory.inspection.originality.milvus.MilvusOriginalityIndex;
import io.aigcfactory.inspection.originality.milvus.MilvusSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class OriginalityIndexHealthIndicatorTests {

	@TempDir
	Path directory;

	@Test
	void upWhileTheIndexAnswersALookup() throws Exception {
		try (LuceneOriginalityIndex index = new LuceneOriginalityIndex(this.directory, 64)) {
			assertThat(new OriginalityIndexHealthIndicator(index).health().getStatus()).isEqualTo(Status.UP);
		}
	}

	@Test
	void downWhenTheIndexCannotBeSearched() throws Exception {
		LuceneOriginalityIndex closed = new LuceneOriginalityIndex(this.directory, 64);
		closed.close();

		assertThat(new OriginalityIndexHealthIndicator(closed).health().getStatus()).isEqualTo(Status.DOWN);
	}

	@Test
	void downWhileNoMilvusServerAnswers() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		MilvusSettings settings = new MilvusSettings("http://127.0.0.1:" + port, null, "aigc_originality", 8,
				Duration.ofSeconds(1));
		try (MilvusOriginalityIndex index = new MilvusOriginalityIndex(settings, 64)) {
			OriginalityIndexHealthIndicator indicator = new OriginalityIndexHealthIndicator(index);
			assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
			assertThatIllegalStateException().isThrownBy(() -> index.contains(AssetId.next()))
				.withMessageContaining("the next attempt comes");
		}
	}

}
