package io.aigcfactory.creative.concept;

import io.aigcfactory.creative.concept.llm.LlmConfiguration;
import io.aigcfactory.creative.concept.template.TemplateConceptWriter;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The concept writer: the offline template engine unless a language model is configured
 * ({@link LlmConfiguration}, imported first so that its writer is seen here).
 */
@Configuration(proxyBeanMethods = false)
@Import(LlmConfiguration.class)
class ConceptWriterConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ConceptWriter templateConceptWriter() {
		return new TemplateConceptWriter();
	}

}
