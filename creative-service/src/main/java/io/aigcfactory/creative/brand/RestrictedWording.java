package io.aigcfactory.creative.brand;

/**
 * Tells whether text holds a term that copy must not carry (the Advertising Law's
 * absolute terms and regulated claims). The copy writer provides it, so that a brand kit
 * cannot require what the writer may never write.
 */
public interface RestrictedWording {

	/** Whether the text holds a restricted term, compared the writer's way. */
	boolean restricted(String text);

}
