package io.aigcfactory.creative.concept;

import io.aigcfactory.creative.concept.llm.LlmConfiguration;
import io.aigcfactory.creative.concept.template.TemplateConceptWriter;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The concept writer: the offline template engine unless a language model is configured,
 * in which case {@link LlmConfiguration} provides it.
 */
@Configuration(proxyBeanMethods = false)
class ConceptWriterConfiguration {

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnExpression(LlmConfiguration.NOT_CONFIGURED)
	ConceptWriter templateConceptWriter() {
		return new TemplateConceptWriter();
	}

}
