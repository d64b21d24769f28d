package io.aigcfactory.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds problem documents with the platform's stable problem types. */
public final class Problems {

	/** Prefix of every problem type; docs/api.md describes each. */
	public static final String TYPE_PREFIX = "https://aigc-factory.dev/problems/";

	private Problems() {
	}

	public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_PREFIX + type));
		problem.setTitle(title);
		return problem;
	}

	public static ProblemDetail invalidInput(List<FieldProblem> problems, Map<String, Object> properties) {
		String detail = (problems.size() == 1) ? problems.getFirst().toString()
				: problems.size() + " problems, the first: " + problems.getFirst();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", detail);
		problem.setProperty("errors", problems);
		properties.forEach(problem::setProperty);
		return problem;
	}

}
