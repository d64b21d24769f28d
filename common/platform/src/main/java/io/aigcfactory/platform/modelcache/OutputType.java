package io.aigcfactory.platform.modelcache;

import java.util.Locale;

/** The kinds of model output the cache keeps, each with its own lifetime. */
public enum OutputType {

	/** Text from a language model. */
	TEXT,

	/** An image from a diffusion model. */
	IMAGE;

	/** The name used in keys, directories and metric tags. */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

}
