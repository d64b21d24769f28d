package io.aigcfactory.inspection.originality;

import java.nio.file.Path;

import io.aigcfactory.inspection.originality.OriginalityConfiguration.LocalIndexCommits;
import io.aigcfactory.inspection.originality.lucene.LuceneOriginalityIndex;
import io.aigcfactory.inspection.originality.milvus.MilvusOriginalityIndex;
import io.aigcfactory.inspection.originality.milvus.MilvusSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which originality index the service gets. The Milvus index connects on first use, so
 * choosing it needs no server.
 */
class OriginalityConfigurationTests {

	@TempDir
	Path directory;

	private ApplicationContextRunner runner() {
		return new ApplicationContextRunner().withUserConfiguration(Settings.class, OriginalityConfiguration.class)
			.withPropertyValues("aigc.inspection.originality.threshold=0.92",
					"aigc.inspection.originality.text-threshold=0.7", "aigc.inspection.originality.image-distance=4",
					"aigc.inspection.originality.image-text-threshold=0.5", "aigc.inspection.originality.candidates=64",
					"aigc.inspection.originality.index-directory=" + this.directory,
					"aigc.inspection.originality.commit-interval=1s",
					"aigc.inspection.originality.recovery-interval=1m");
	}

	@Test
	void theLocalLuceneIndexWithoutAMilvusUri() {
		runner().run((context) -> {
			assertThat(context).hasSingleBean(OriginalityIndex.class);
			assertThat(context).getBean(OriginalityIndex.class).isInstanceOf(LuceneOriginalityIndex.class);
			assertThat(context).hasSingleBean(LocalIndexCommits.class);
		});
	}

	@Test
	void aBlankMilvusUriKeepsTheLocalIndex() {
		runner().withPropertyValues("aigc.inspection.originality.milvus.uri= ").run((context) -> {
			assertThat(context).getBean(OriginalityIndex.class).isInstanceOf(LuceneOriginalityIndex.class);
		});
	}

	@Test
	void milvusInPlaceOfTheLocalIndexOnceItsUriIsSet() {
		runner()
			.withPropertyValues("aigc.inspection.originality.milvus.uri=http://milvus.invalid:19530",
					"aigc.inspection.originality.milvus.dimension=512")
			.run((context) -> {
				assertThat(context).hasSingleBean(OriginalityIndex.class);
				assertThat(context).getBean(OriginalityIndex.class).isInstanceOf(MilvusOriginalityIndex.class);
				assertThat(context).doesNotHaveBean(LuceneOriginalityIndex.class);
				assertThat(context).doesNotHaveBean(LocalIndexCommits.class);
				MilvusSettings settings = context.getBean(MilvusSettings.class);
				assertThat(settings.collection()).isEqualTo("aigc_originality");
				assertThat(settings.dimension()).isEqualTo(512);
			});
	}

	@Test
	void aMalformedCollectionNameIsRefused() {
		runner()
			.withPropertyValues("aigc.inspection.originality.milvus.uri=http://milvus.invalid:19530",
					"aigc.inspection.originality.milvus.collection=no-dashes")
			.run((context) -> assertThat(context).hasFailed());
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ OriginalitySettings.class, MilvusSettings.class })
	static class Settings {

	}

}
