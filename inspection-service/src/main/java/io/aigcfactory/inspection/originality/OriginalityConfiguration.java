package io.aigcfactory.inspection.originality;

import io.aigcfactory.inspection.originality.lucene.LuceneOriginalityIndex;
import io.aigcfactory.inspection.originality.milvus.MilvusOriginalityIndex;
import io.aigcfactory.inspection.originality.milvus.MilvusSettings;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The originality check's index: a Milvus collection once
 * {@code aigc.inspection.originality.milvus.uri} is set, otherwise a Lucene index on
 * local disk. The Milvus bean is declared first, so that the Lucene bean's missing-bean
 * condition sees it. The embedding model comes from the inference layer's
 * auto-configuration: bge-small-zh in-process behind the shared batcher by default, or a
 * Triton-hosted model when {@code aigc.inference.models.embedding} says so.
 */
@Configuration(proxyBeanMethods = false)
class OriginalityConfiguration {

	@Bean(destroyMethod = "close")
	@ConditionalOnExpression(MilvusSettings.CONFIGURED)
	MilvusOriginalityIndex milvusOriginalityIndex(MilvusSettings milvus, OriginalitySettings settings) {
		return new MilvusOriginalityIndex(milvus, settings.candidates());
	}

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean(OriginalityIndex.class)
	LuceneOriginalityIndex luceneOriginalityIndex(OriginalitySettings settings) {
		return new LuceneOriginalityIndex(settings.indexDirectory(), settings.candidates());
	}

	@Bean
	@ConditionalOnBean(LuceneOriginalityIndex.class)
	LocalIndexCommits localIndexCommits(LuceneOriginalityIndex index) {
		return new LocalIndexCommits(index);
	}

	/** Commits the local index now and then, so a restart loses at most that much. */
	static final class LocalIndexCommits {

		private final LuceneOriginalityIndex index;

		LocalIndexCommits(LuceneOriginalityIndex index) {
			this.index = index;
		}

		@Scheduled(fixedDelayString = "${aigc.inspection.originality.commit-interval}")
		void commit() {
			this.index.commit();
		}

	}

}
