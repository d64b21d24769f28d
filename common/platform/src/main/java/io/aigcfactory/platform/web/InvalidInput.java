package io.aigcfactory.platform.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A request the service refuses because of what is in it; answered 400 with every problem
 * found, each naming its field.
 */
public class InvalidInput extends RuntimeException {

	private final List<FieldProblem> problems;

	private final Map<String, Object> properties;

	public InvalidInput(List<FieldProblem> problems) {
		this(problems, Map.of());
	}

	/**
	 * @param problems what is wrong, at least one
	 * @param properties extra members of the problem document, e.g. what was accepted
	 */
	public InvalidInput(List<FieldProblem> problems, Map<String, Object> properties) {
		super(problems.stream().map(FieldProblem::toString).collect(Collectors.joining("; ")));
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("An invalid input names at least one problem");
		}
		this.problems = List.copyOf(problems);
		this.properties = Map.copyOf(properties);
	}

	public static InvalidInput of(String field, String detail) {
		return new InvalidInput(List.of(FieldProblem.of(field, detail)));
	}

	public List<FieldProblem> problems() {
		return this.problems;
	}

	public Map<String, Object> properties() {
		return this.properties;
	}

}
