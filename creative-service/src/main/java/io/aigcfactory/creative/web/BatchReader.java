package io.aigcfactory.creative.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.aigcfactory.creative.requirement.Submission;
import io.aigcfactory.platform.web.FieldProblem;
import io.aigcfactory.platform.web.InvalidInput;

/**
 * Splits a JSON Lines body into submissions by line number. Each line is read on its own,
 * so one unreadable line (bad JSON, bytes that are not UTF-8) costs only that line.
 */
final class BatchReader {

	private final Map<Integer, Submission> submissions = new LinkedHashMap<>();

	private final List<FieldProblem> problems = new ArrayList<>();

	private int lines;

	private BatchReader() {
	}

	/**
	 * @throws InvalidInput when the batch is empty or longer than allowed
	 */
	static BatchReader read(byte[] body, int maxLines) {
		BatchReader batch = new BatchReader();
		int line = 0;
		int start = 0;
		for (int i = 0; i <= body.length; i++) {
			if (i == body.length || body[i] == '\n') {
				line++;
				int end = (i > start && body[i - 1] == '\r') ? i - 1 : i;
				if (!blank(body, start, end)) {
					if (batch.size() >= maxLines) {
						throw InvalidInput.of("body", "holds more than " + maxLines + " submissions");
					}
					batch.add(line, body, start, end - start);
				}
				start = i + 1;
			}
		}
		if (batch.size() == 0) {
			throw InvalidInput.of("body", "holds no submissions: expected one JSON object per line");
		}
		return batch;
	}

	private void add(int line, byte[] body, int offset, int length) {
		this.lines++;
		try {
			this.submissions.put(line, SubmissionReader.read(body, offset, length));
		}
		catch (InvalidInput ex) {
			ex.problems().forEach((problem) -> this.problems.add(problem.atLine(line)));
		}
	}

	private int size() {
		return this.lines;
	}

	private static boolean blank(byte[] body, int start, int end) {
		for (int i = start; i < end; i++) {
			if (body[i] != ' ' && body[i] != '\t') {
				return false;
			}
		}
		return true;
	}

	Map<Integer, Submission> submissions() {
		return this.submissions;
	}

	List<FieldProblem> problems() {
		return this.problems;
	}

}
