package io.aigcfactory.creative.concept.template;

import io.aigcfactory.creative.brand.RestrictedWording;

import org.springframework.stereotype.Component;

/**
 * The writer's restricted terms, lent to the brand kits so that no kit requires a phrase
 * the writer may not write.
 */
@Component
class AdvertisingLawWording implements RestrictedWording {

	private final RestrictedTerms terms = RestrictedTerms.fromClasspath();

	@Override
	public boolean restricted(String text) {
		return this.terms.foundIn(text);
	}

}
