package io.aigcfactory.platform.web;

import org.jspecify.annotations.Nullable;

/**
 * What is wrong with one field of a request.
 *
 * @param field the field's JSON path, e.g. {@code product.price} or
 * {@code sellingPoints[2]}
 * @param detail what is wrong, for a human
 * @param line the 1-based line of a line-oriented body (JSON Lines), or null
 */
public record FieldProblem(String field, String detail, @Nullable Integer line) {

	public static FieldProblem of(String field, String detail) {
		return new FieldProblem(field, detail, null);
	}

	public FieldProblem atLine(int line) {
		return new FieldProblem(this.field, this.detail, line);
	}

	@Override
	public String toString() {
		return ((this.line != null) ? "line " + this.line + ": " : "") + this.field + " " + this.detail;
	}

}
