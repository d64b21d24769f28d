package io.aigcfactory.inspection.web;

/**
 * A text-check request over a size limit: a text too long, or a batch with too many
 * texts; answered 413 naming the field.
 */
class TextTooLarge extends RuntimeException {

	private final String field;

	TextTooLarge(String field, String detail) {
		super(detail);
		this.field = field;
	}

	String field() {
		return this.field;
	}

}
