package io.aigcfactory.inspection.originality;

import java.nio.file.Path;

import io.aigcfactory.inspection.originality.lucene.LuceneOriginalityIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

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

}
