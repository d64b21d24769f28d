package io.aigcfactory.platform.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/** Turns a JSON reading failure into the field it happened in and a plain explanation. */
public final class JsonFieldPaths {

	private JsonFieldPaths() {
	}

	/** The problem a JSON reading failure amounts to, naming the field where known. */
	public static FieldProblem problemOf(JacksonException failure) {
		return FieldProblem.of(fieldOf(failure), detailOf(failure));
	}

	static String fieldOf(JacksonException failure) {
		String path = pathOf(failure.getPath());
		if (path.isEmpty() && failure.processor() instanceof JsonParser parser) {
			path = pathOf(parser.streamReadContext());
		}
		return path.isEmpty() ? "body" : path;
	}

	private static String detailOf(JacksonException failure) {
		if (failure instanceof UnrecognizedPropertyException) {
			return "is not a known field";
		}
		if (failure instanceof ValueInstantiationException && failure.getCause() != null
				&& failure.getCause().getMessage() != null) {
			return failure.getCause().getMessage();
		}
		if (failure instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
			return "must be " + describe(mismatch.getTargetType());
		}
		if (failure instanceof StreamReadException) {
			return "is not well-formed UTF-8 JSON: " + firstLine(failure.getOriginalMessage());
		}
		return firstLine(failure.getOriginalMessage());
	}

	private static String describe(Class<?> type) {
		if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
			return "a number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (List.class.isAssignableFrom(type) || type.isArray()) {
			return "an array";
		}
		if (type == String.class || type.isEnum()) {
			return "a string";
		}
		return "an object";
	}

	private static String pathOf(List<JacksonException.Reference> references) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : references) {
			if (reference.getPropertyName() != null) {
				path.append((path.isEmpty()) ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static String pathOf(@Nullable TokenStreamContext context) {
		StringBuilder path = new StringBuilder();
		for (TokenStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
			String segment = (at.inObject() && at.currentName() != null) ? at.currentName()
					: (at.inArray()) ? "[" + at.getCurrentIndex() + "]" : "";
			if (!path.isEmpty() && !segment.startsWith("[") && !path.toString().startsWith("[")) {
				path.insert(0, '.');
			}
			path.insert(0, segment);
		}
		return path.toString();
	}

	private static String firstLine(@Nullable String message) {
		if (message == null) {
			return "cannot be read";
		}
		int end = message.indexOf('\n');
		return (end < 0) ? message : message.substring(0, end);
	}

}
