package io.aigcfactory.inspection.originality;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15.BgeSmallZhV15EmbeddingModel;
import io.aigcfactory.inspection.originality.lucene.LuceneOriginalityIndex;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/** The originality check's index and embedding model. */
@Configuration(proxyBeanMethods = false)
class OriginalityConfiguration {

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean(OriginalityIndex.class)
	LuceneOriginalityIndex luceneOriginalityIndex(OriginalitySettings settings) {
		return new LuceneOriginalityIndex(settings.indexDirectory());
	}

	@Bean
	@ConditionalOnMissingBean
	EmbeddingModel bgeSmallZhEmbeddingModel() {
		return new BgeSmallZhV15EmbeddingModel();
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
