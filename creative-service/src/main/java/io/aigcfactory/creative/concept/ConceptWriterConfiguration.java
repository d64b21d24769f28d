package io.aigcfactory.creative.concept;

import io.aigcfactory.creative.concept.template.TemplateConceptWriter;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The concept writer: the offline template engine unless a language-model adapter is
 * configured.
 */
@Configuration(proxyBeanMethods = false)
class ConceptWriterConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ConceptWriter templateConceptWriter() {
		return new TemplateConceptWriter();
	}

}
