package io.aigcfactory.creative.web;

import java.util.List;

import io.aigcfactory.creative.requirement.Submission;
import io.aigcfactory.platform.web.FieldProblem;
import io.aigcfactory.platform.web.InvalidInput;
import io.aigcfactory.platform.web.JsonFieldPaths;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads submissions strictly: unknown fields, trailing content and bytes that are not
 * UTF-8 are errors naming where they are, not silently dropped data.
 */
final class SubmissionReader {

	private static final JsonMapper STRICT = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	private SubmissionReader() {
	}

	/**
	 * @throws InvalidInput naming the field that could not be read
	 */
	static Submission read(byte[] json) {
		if (json.length == 0) {
			throw InvalidInput.of("body", "is empty: expected a JSON object");
		}
		return read(json, 0, json.length);
	}

	static Submission read(byte[] json, int offset, int length) {
		try {
			Submission submission = STRICT.readValue(json, offset, length, Submission.class);
			if (submission == null) {
				throw InvalidInput.of("body", "must be a JSON object, not null");
			}
			return submission;
		}
		catch (JacksonException ex) {
			throw new InvalidInput(List.of(problemOf(ex)));
		}
	}

	private static FieldProblem problemOf(JacksonException failure) {
		return JsonFieldPaths.problemOf(failure);
	}

}
